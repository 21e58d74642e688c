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
 * the partners' direct budget lines that never takes a line (nor the total) beyond its budget,
 * paid inside the quarter and the project, with document ids unique in the project; indicator
 * values for the declared indicators that never pass their targets, with breakdowns by gender and
 * age that add up.
 *
 * <pre>{@code Reports.append(project, 4, seed)}</pre>
 */
public final class Reports {
  private Reports() {}

  /** {@code project} with {@code count} more reports, for the quarters after its last one. */
  public static Project append(Project project, int count, long seed) {
    Project p = project;
    for (int i = 0; i < count; i++) {
      ProgressReport r = next(p, seed);
      p = ImmutableProject.copyOf(p).withReports(concat(p.getReports(), r));
    }
    return p;
  }

  /**
   * The report of the quarter after the project's last reported one (the first quarter of the
   * project when none is).
   *
   * @throws IllegalStateException when that quarter is after the project's end
   */
  public static ProgressReport next(Project project, long seed) {
    Quarter q = nextQuarter(project);
    if (q.firstDay().isAfter(project.effectiveEnd())) {
      throw new IllegalStateException(
          "project " + project.getCode() + " ends on " + project.effectiveEnd() + ": no report for " + q);
    }
    SplitMix rnd = SplitMix.of(seed, q.index());
    return ProgressReport.builder()
        .quarter(q)
        .expenditure(expenditure(project, q, rnd))
        .indicators(indicators(project, rnd))
        .build();
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
        - Quarter.containing(project.getStart()).index() + 1;
  }

  /** A day of {@code q} inside the project's dates. */
  public static LocalDate dayIn(Project project, Quarter q, SplitMix rnd) {
    LocalDate from = max(q.firstDay(), project.getStart());
    LocalDate to = min(q.lastDay(), project.effectiveEnd());
    return from.plusDays(rnd.between(0L, ChronoUnit.DAYS.between(from, to)));
  }

  private static List<Expenditure> expenditure(Project project, Quarter q, SplitMix rnd) {
    Set<String> associates = project.getPartners().stream()
        .filter(pa -> pa.getRole() == PartnerRole.ASSOCIATE)
        .map(Partner::getId)
        .collect(Collectors.toSet());
    Map<String, Long> spent = new HashMap<>();
    project.getReports().forEach(r -> r.getExpenditure().forEach(
        e -> spent.merge(key(e.getPartner(), e.getCategory()), Budgets.cents(e.getAmount()), Long::sum)));
    List<BudgetLine> open = new ArrayList<>();
    for (BudgetLine l : project.getBudget().getLines()) {
      if (l.getCategory().isDirect() && !associates.contains(l.getPartner())
          && Budgets.cents(l.getAmount()) > spent.getOrDefault(key(l.getPartner(), l.getCategory()), 0L)) {
        open.add(l);
      }
    }
    int quarters = quarters(project);
    List<Expenditure> out = new ArrayList<>();
    for (BudgetLine l : rnd.sample(open, Math.min(open.size(), rnd.between(1, 4)))) {
      long line = Budgets.cents(l.getAmount());
      long left = line - spent.getOrDefault(key(l.getPartner(), l.getCategory()), 0L);
      // twice a line's even pace, since a line is not paid every quarter
      long amount = Math.min(left, line * 2 / quarters * rnd.between(30, 100) / 100);
      if (amount > 0) {
        out.add(Expenditure.builder()
            .partner(l.getPartner())
            .category(l.getCategory())
            .amount(Budgets.amount(amount))
            .document(project.getCode() + "-" + q.year() + "Q" + q.number() + "-" + (out.size() + 1))
            .date(dayIn(project, q, rnd))
            .build());
      }
    }
    return out;
  }

  private static List<IndicatorValue> indicators(Project project, SplitMix rnd) {
    Map<String, Long> reached = new HashMap<>();
    project.getReports().forEach(r -> r.getIndicators().forEach(
        v -> reached.merge(v.getId(), v.getTotal(), Long::sum)));
    long largest = project.getIndicators().stream()
        .mapToLong(IndicatorTarget::getTarget).max().orElse(0);
    // participants newly reached this quarter, shared among indicators in proportion to targets
    long participants = largest * 2 / quarters(project) * rnd.between(30, 100) / 100;
    List<IndicatorValue> out = new ArrayList<>();
    for (IndicatorTarget t : project.getIndicators()) {
      long value = Math.min(
          t.getTarget() - reached.getOrDefault(t.getId(), 0L),
          largest == 0 ? 0 : participants * t.getTarget() / largest);
      if (value > 0) {
        out.add(value(t.getId(), value, rnd));
      }
    }
    return out;
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
        .byAge(AgeBreakdown.builder()
            .under18(under18)
            .from18to60(total - under18 - over60)
            .over60(over60)
            .build())
        .build();
  }

  private static String key(String partner, CostCategory category) {
    return partner + '\u0000' + category;
  }

  private static <T> List<T> concat(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
