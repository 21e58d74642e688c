package eu.fami.testkit.internal;

import eu.fami.model.AgeBreakdown;
import eu.fami.model.BudgetLine;
import eu.fami.model.CostCategory;
import eu.fami.model.Expenditure;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.ImmutableProject;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.Quarter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Quarterly reports consistent with a project: consecutive quarters from the start, expenditure on
 * the partners' direct budget lines that never takes a line (nor the total) beyond its budget, paid
 * inside the quarter and the project, with document ids unique in the project; indicator values for
 * the declared indicators that never pass their targets, with breakdowns by gender and age that add
 * up.
 *
 * <pre>{@code Reports.append(project, 4, seed)}</pre>
 */
public final class Reports {
  private Reports() {}

  /** {@code project} with {@code count} more reports, for the quarters after its last one. */
  public static Project append(Project project, int count, long seed) {
    if (count == 0) {
      return project;
    }
    Ledger ledger = new Ledger(project);
    List<ProgressReport> reports = new ArrayList<>(project.getReports());
    Quarter q = nextQuarter(project);
    for (int i = 0; i < count; i++, q = shift(q, 1)) {
      reports.add(ledger.report(q, seed));
    }
    return ImmutableProject.copyOf(project).withReports(reports);
  }

  /**
   * The report of the quarter after the project's last reported one (the first quarter of the
   * project when none is).
   *
   * @throws IllegalStateException when that quarter is after the project's end
   */
  public static ProgressReport next(Project project, long seed) {
    return new Ledger(project).report(nextQuarter(project), seed);
  }

  /** The quarter after the last valid reported quarter, or the quarter of the start. */
  public static Quarter nextQuarter(Project project) {
    return project.getReports().stream()
        .map(ProgressReport::getQuarter)
        .filter(q -> q != null && q.isValid())
        .max(Quarter::compareTo)
        .map(q -> shift(q, 1))
        .orElse(Quarter.containing(project.getStart()));
  }

  /** The quarter {@code n} quarters after {@code q}. */
  public static Quarter shift(Quarter q, int n) {
    int index = q.index() + n;
    return Quarter.of(index / 4, index % 4 + 1);
  }

  /** How many quarters overlap the project's dates. */
  public static int quarters(Project project) {
    return Quarter.containing(project.effectiveEnd()).index()
        - Quarter.containing(project.getStart()).index()
        + 1;
  }

  /** A day of {@code q} inside the project's dates. */
  public static LocalDate dayIn(Project project, Quarter q, SplitMix rnd) {
    LocalDate from = max(q.firstDay(), project.getStart());
    LocalDate to = min(q.lastDay(), project.effectiveEnd());
    return from.plusDays(rnd.between(0L, ChronoUnit.DAYS.between(from, to)));
  }

  /** What a project has spent per direct budget line and reached per indicator so far. */
  private static final class Ledger {
    private final Project project;
    private final int quarters;
    private final List<BudgetLine> lines = new ArrayList<>();
    private final long[] spent;
    private final List<IndicatorTarget> targets;
    private final long[] reached;
    private final long largest;

    Ledger(Project project) {
      this.project = project;
      this.quarters = quarters(project);
      Set<String> associates =
          project.getPartners().stream()
              .filter(pa -> pa.getRole() == PartnerRole.ASSOCIATE)
              .map(Partner::getId)
              .collect(Collectors.toSet());
      Map<String, Integer> lineOf = new HashMap<>();
      for (BudgetLine l : project.getBudget().getLines()) {
        if (l.getCategory().isDirect() && !associates.contains(l.getPartner())) {
          lineOf.putIfAbsent(key(l.getPartner(), l.getCategory()), lines.size());
          lines.add(l);
        }
      }
      this.spent = new long[lines.size()];
      this.targets = project.getIndicators();
      this.reached = new long[targets.size()];
      Map<String, Integer> targetOf = new HashMap<>();
      for (int i = 0; i < targets.size(); i++) {
        targetOf.putIfAbsent(targets.get(i).getId(), i);
      }
      for (ProgressReport r : project.getReports()) {
        for (Expenditure e : r.getExpenditure()) {
          Integer i = lineOf.get(key(e.getPartner(), e.getCategory()));
          if (i != null) {
            spent[i] += Budgets.cents(e.getAmount());
          }
        }
        for (IndicatorValue v : r.getIndicators()) {
          Integer i = targetOf.get(v.getId());
          if (i != null) {
            reached[i] += v.getTotal();
          }
        }
      }
      this.largest = targets.stream().mapToLong(IndicatorTarget::getTarget).max().orElse(0);
    }

    ProgressReport report(Quarter q, long seed) {
      if (q.firstDay().isAfter(project.effectiveEnd())) {
        throw new IllegalStateException(
            "project "
                + project.getCode()
                + " ends on "
                + project.effectiveEnd()
                + ": no report for "
                + q);
      }
      SplitMix rnd = SplitMix.of(seed, q.index());
      return ProgressReport.builder()
          .quarter(q)
          .expenditure(expenditure(q, rnd))
          .indicators(indicators(rnd))
          .build();
    }

    private List<Expenditure> expenditure(Quarter q, SplitMix rnd) {
      List<Integer> open = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (Budgets.cents(lines.get(i).getAmount()) > spent[i]) {
          open.add(i);
        }
      }
      String documents = project.getCode() + "-" + q.year() + "Q" + q.number() + "-";
      List<Expenditure> out = new ArrayList<>();
      for (int i : rnd.sample(open, Math.min(open.size(), rnd.between(1, 4)))) {
        BudgetLine l = lines.get(i);
        long line = Budgets.cents(l.getAmount());
        // up to twice a line's even pace, since a line is not paid every quarter
        long amount = Math.min(line - spent[i], line * 2 / quarters * rnd.between(30, 100) / 100);
        if (amount > 0) {
          spent[i] += amount;
          out.add(
              Expenditure.builder()
                  .partner(l.getPartner())
                  .category(l.getCategory())
                  .amount(Budgets.amount(amount))
                  .document(documents + (out.size() + 1))
                  .date(dayIn(project, q, rnd))
                  .build());
        }
      }
      return out;
    }

    private List<IndicatorValue> indicators(SplitMix rnd) {
      // participants newly reached this quarter, shared among indicators in proportion to targets
      long participants = largest * 2 / quarters * rnd.between(30, 100) / 100;
      List<IndicatorValue> out = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        IndicatorTarget t = targets.get(i);
        long value =
            Math.min(
                t.getTarget() - reached[i],
                largest == 0 ? 0 : participants * t.getTarget() / largest);
        if (value > 0) {
          reached[i] += value;
          out.add(value(t.getId(), value, rnd));
        }
      }
      return out;
    }
  }

  /** A value of {@code total} with breakdowns by gender and by age that add up to it. */
  public static IndicatorValue value(String id, long total, SplitMix rnd) {
    long female = total * rnd.between(40, 60) / 100;
    long under18 = total * rnd.between(5, 20) / 100;
    long over60 = total * rnd.between(0, 3) / 100;
    return IndicatorValue.builder()
        .id(id)
        .total(total)
        .byGender(GenderBreakdown.builder().female(female).male(total - female).build())
        .byAge(
            AgeBreakdown.builder()
                .under18(under18)
                .from18to60(total - under18 - over60)
                .over60(over60)
                .build())
        .build();
  }

  private static String key(String partner, CostCategory category) {
    return partner + '\u0000' + category;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
