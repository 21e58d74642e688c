package eu.fami.testkit;

import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.CostCategory;
import eu.fami.model.Expenditure;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.IndicatorValue;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.Quarter;
import eu.fami.model.TaxCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural consistency the fixtures promise, checked without the rule engine: sums to the
 * cent, dates, identifiers, quarters, monitoring within budget. Answers the problems found.
 */
public final class Consistency {
  private static final BigDecimal FLAT_RATE = new BigDecimal("0.07");

  private final List<String> problems = new ArrayList<>();

  private Consistency() {}

  public static List<String> of(Project p) {
    return of(p, null);
  }

  public static List<String> of(Project p, Call call) {
    Consistency c = new Consistency();
    c.project(p);
    if (call != null) {
      c.call(p, call);
    }
    return c.problems;
  }

  private void check(boolean ok, String problem, Object... args) {
    if (!ok) {
      problems.add(String.format(problem, args));
    }
  }

  private void project(Project p) {
    check(p.getCup() == null || p.getCup().isValid(), "CUP %s", p.getCup());
    check(!p.getStart().isAfter(p.getEnd()), "dates %s..%s", p.getStart(), p.getEnd());
    p.getTerritory().forEach(t -> check(t.isValid(), "territory %s", t));
    Map<String, Partner> partners = new HashMap<>();
    long leads = 0;
    for (Partner pa : p.getPartners()) {
      check(TaxCode.of(pa.getId()).isValid(), "tax code %s", pa.getId());
      check(partners.put(pa.getId(), pa) == null, "partner %s twice", pa.getId());
      check(pa.getRegion() == null || pa.getRegion().isValid(), "region %s", pa.getRegion());
      leads += pa.getRole() == PartnerRole.LEAD ? 1 : 0;
    }
    check(leads == 1, "%d leads", leads);
    budget(p, partners);
    reports(p, partners);
  }

  private void budget(Project p, Map<String, Partner> partners) {
    BigDecimal lines = BigDecimal.ZERO;
    Map<String, BigDecimal> direct = new HashMap<>();
    Map<String, BigDecimal> indirect = new HashMap<>();
    for (BudgetLine l : p.getBudget().getLines()) {
      check(l.getAmount().isValid(), "line amount %s", l.getAmount());
      Partner pa = partners.get(l.getPartner());
      check(pa != null && pa.getRole() != PartnerRole.ASSOCIATE, "line of %s", l.getPartner());
      lines = lines.add(l.getAmount().value());
      (l.getCategory().isDirect() ? direct : indirect)
          .merge(l.getPartner(), l.getAmount().value(), BigDecimal::add);
    }
    BigDecimal total = p.getBudget().getTotal().value();
    check(lines.compareTo(total) == 0, "lines add up to %s, total %s", lines, total);
    indirect.forEach(
        (partner, amount) -> {
          BigDecimal cap =
              direct
                  .getOrDefault(partner, BigDecimal.ZERO)
                  .multiply(FLAT_RATE)
                  .setScale(2, RoundingMode.HALF_UP);
          check(
              amount.compareTo(cap) <= 0,
              "indirect costs of %s: %s above %s",
              partner,
              amount,
              cap);
        });
    BigDecimal financing = BigDecimal.ZERO;
    BigDecimal eu = BigDecimal.ZERO;
    for (Financing f : p.getFinancing()) {
      financing = financing.add(f.getAmount().value());
      eu = f.getSource() == FundingSource.EU_AMIF ? eu.add(f.getAmount().value()) : eu;
    }
    check(financing.compareTo(total) == 0, "financing adds up to %s, total %s", financing, total);
    check(
        eu.compareTo(total.multiply(new BigDecimal("0.75"))) <= 0, "EU share %s of %s", eu, total);
  }

  private void reports(Project p, Map<String, Partner> partners) {
    Map<String, BigDecimal> lines = new HashMap<>();
    p.getBudget()
        .getLines()
        .forEach(
            l ->
                lines.merge(
                    key(l.getPartner(), l.getCategory()), l.getAmount().value(), BigDecimal::add));
    Map<String, Long> targets = new HashMap<>();
    p.getIndicators().forEach(t -> targets.put(t.getId(), t.getTarget()));
    Map<String, BigDecimal> spent = new HashMap<>();
    Map<String, Long> reached = new HashMap<>();
    Set<String> documents = new HashSet<>();
    BigDecimal cumulative = BigDecimal.ZERO;
    Quarter previous = null;
    for (ProgressReport r : p.getReports()) {
      Quarter q = r.getQuarter();
      check(q.isValid(), "quarter %s", q);
      check(
          previous == null || q.index() == previous.index() + 1,
          "quarter %s after %s",
          q,
          previous);
      check(
          !q.firstDay().isAfter(p.effectiveEnd()) && !q.lastDay().isBefore(p.getStart()),
          "quarter %s outside the project",
          q);
      previous = q;
      for (Expenditure e : r.getExpenditure()) {
        LocalDate d = e.getDate();
        check(
            !d.isAfter(q.lastDay()) && !d.isBefore(p.getStart()) && !d.isAfter(p.effectiveEnd()),
            "%s paid %s in %s",
            e.getDocument(),
            d,
            q);
        check(
            documents.add(e.getPartner() + "/" + e.getDocument()),
            "document %s twice",
            e.getDocument());
        check(
            e.getAmount().isValid() && e.getAmount().value().signum() > 0,
            "expenditure amount %s",
            e.getAmount());
        check(partners.containsKey(e.getPartner()), "expenditure of %s", e.getPartner());
        check(e.getCategory() != CostCategory.INDIRECT, "indirect expenditure %s", e.getDocument());
        String k = key(e.getPartner(), e.getCategory());
        check(lines.containsKey(k), "expenditure without a line: %s", k);
        spent.merge(k, e.getAmount().value(), BigDecimal::add);
        cumulative = cumulative.add(e.getAmount().value());
      }
      for (IndicatorValue v : r.getIndicators()) {
        check(targets.containsKey(v.getId()), "value of undeclared %s", v.getId());
        long gender = v.getByGender().getFemale() + v.getByGender().getMale();
        long age =
            v.getByAge().getUnder18() + v.getByAge().getFrom18to60() + v.getByAge().getOver60();
        check(
            gender == v.getTotal() && age == v.getTotal() && v.getTotal() > 0,
            "breakdowns of %s in %s",
            v.getId(),
            q);
        check(
            Math.min(
                    v.getByAge().getFrom18to60(),
                    Math.min(v.getByGender().getFemale(), v.getByGender().getMale()))
                >= 0,
            "negative breakdown of %s",
            v.getId());
        reached.merge(v.getId(), v.getTotal(), Long::sum);
      }
    }
    spent.forEach(
        (k, amount) ->
            check(
                amount.compareTo(lines.getOrDefault(k, BigDecimal.ZERO)) <= 0,
                "%s spent %s",
                k,
                amount));
    reached.forEach((id, n) -> check(n <= targets.get(id), "%s reached %d", id, n));
    check(cumulative.compareTo(p.getBudget().getTotal().value()) <= 0, "spent %s", cumulative);
  }

  private void call(Project p, Call call) {
    check(call.getCode().equals(p.getCall()), "call %s", p.getCall());
    check(
        call.getClassification().equals(p.getClassification()),
        "classification %s",
        p.getClassification());
    check(
        p.getBudget().getTotal().compareTo(call.getMaxGrant()) <= 0,
        "grant %s",
        p.getBudget().getTotal());
    BigDecimal eu =
        p.getFinancing().stream()
            .filter(f -> f.getSource() == FundingSource.EU_AMIF)
            .map(f -> f.getAmount().value())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    check(
        eu.compareTo(p.getBudget().getTotal().value().multiply(call.getMaxEuShare().value())) <= 0,
        "EU share");
    check(
        !p.getStart().isBefore(call.getProjectWindow().getEarliestStart()),
        "start %s",
        p.getStart());
    check(!p.getEnd().isAfter(call.getProjectWindow().getLatestEnd()), "end %s", p.getEnd());
    check(
        !p.getEnd().isAfter(p.getStart().plusMonths(call.getMaxDurationMonths()).minusDays(1)),
        "duration");
    check(
        p.getCallActions().stream().allMatch(call.getActions()::contains),
        "call actions %s",
        p.getCallActions());
    for (Partner pa : p.getPartners()) {
      List<LegalForm> forms =
          pa.getRole() == PartnerRole.LEAD
              ? call.getEligibleLeadForms()
              : pa.getRole() == PartnerRole.PARTNER ? call.getEligiblePartnerForms() : List.of();
      check(
          forms.isEmpty() || forms.contains(pa.getLegalForm()),
          "%s %s not eligible",
          pa.getRole(),
          pa.getLegalForm());
    }
  }

  private static String key(String partner, CostCategory category) {
    return partner + "/" + category;
  }
}
