package eu.fami.rules.builtin.monitoring;

import eu.fami.model.AgeBreakdown;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.IndicatorValue;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.List;

/**
 * FAMI-MON-007: an indicator value's breakdown, when present, adds up to its total: by gender
 * {@code female + male + other} (other optional), by age {@code under18 + from18to60 + over60}.
 * Reported at {@code byGender} or {@code byAge} with variant and {@code breakdown} {@code gender}
 * or {@code age}. A breakdown missing a required count, or with a count outside 0..999,999,999
 * (FAMI-FMT-001/004), is not judged. Source: Reg. (EU) 2021/1147, Annex VIII.
 */
public final class BreakdownAddsUp implements ProjectRule {
  /** Largest count a document may state (DESIGN.md, rule semantics); larger is FAMI-FMT-004. */
  private static final long MAX_COUNT = 999_999_999L;

  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.MON_007, "Reg. (EU) 2021/1147, Annex VIII");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project p = scope.getProject();
    for (int r = 0; r < p.getReports().size(); r++) {
      List<IndicatorValue> values = p.getReports().get(r).getIndicators();
      for (int i = 0; i < values.size(); i++) {
        IndicatorValue v = values.get(i);
        if (!isCount(v.getTotal())) {
          continue;
        }
        GenderBreakdown g = v.getByGender();
        if (g != null) {
          Long other = g.getOther() == null ? Long.valueOf(0) : g.getOther();
          check(findings, r, i, v, "gender", "byGender", g.getFemale(), g.getMale(), other);
        }
        AgeBreakdown a = v.getByAge();
        if (a != null) {
          check(findings, r, i, v, "age", "byAge", a.getUnder18(), a.getFrom18to60(), a.getOver60());
        }
      }
    }
  }

  private static void check(
      Findings findings, int r, int i, IndicatorValue v, String breakdown, String field,
      Long... counts) {
    long sum = 0;
    for (Long c : counts) {
      if (!isCount(c)) {
        return;
      }
      sum += c;
    }
    if (sum != v.getTotal()) {
      findings.report(Reports.indicator(r, i, field),
          "variant", breakdown,
          "breakdown", breakdown,
          "indicator", v.getId() == null ? "" : v.getId(),
          "sum", Long.toString(sum),
          "total", v.getTotal().toString());
    }
  }

  private static boolean isCount(Long c) {
    return c != null && c >= 0 && c <= MAX_COUNT;
  }
}
