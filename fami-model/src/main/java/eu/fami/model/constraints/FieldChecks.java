package eu.fami.model.constraints;

import eu.fami.model.AgeBreakdown;
import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.Dataset;
import eu.fami.model.Expenditure;
import eu.fami.model.Financing;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.IndirectCosts;
import eu.fami.model.Partner;
import eu.fami.model.Place;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.Rate;
import eu.fami.model.constraints.internal.DateRange;
import eu.fami.model.constraints.internal.FieldPredicates;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The FAMI-FMT-* field checks evaluated directly, without reflection: the same checks, with the
 * same predicates, as the constraints of this package declared on the model, plus what those cannot
 * know ({@code period} and {@code programme} of a call or project are required outside a dataset).
 * Immutable and stateless: share one instance.
 *
 * <p>Each violation is an ERROR with a JSON pointer relative to the checked value (after the
 * optional pointer prefix, such as {@code /projects/4}), and these arguments:
 *
 * <ul>
 *   <li>{@code property}: the JSON name of the property (of the list, for a list entry);
 *   <li>{@code value}: the submitted value, cut to 60 characters (not for FAMI-FMT-001);
 *   <li>{@code limit}: for FAMI-FMT-004 the allowed range ({@code 0..1}); for FAMI-FMT-005 the date
 *       the value must not precede;
 *   <li>{@code other}: for FAMI-FMT-005, the property holding that date ({@code start}).
 * </ul>
 *
 * <pre>{@code
 * List<Violation> found = FieldChecks.create().check(project, false);
 * // [FAMI-FMT-004 at /budget/lines/3/amount {property=amount, value=12.345, limit=...}]
 * }</pre>
 */
public final class FieldChecks {
  private static final int MAX_VALUE_LENGTH = 60;

  private static final String AMOUNT_RANGE = "0..9999999999999.99";
  private static final String SIGNED_AMOUNT_RANGE = "-9999999999999.99..9999999999999.99";
  private static final String CORRECTION_RANGE = "-9999999999999.99..-0.01";
  private static final String RATE_RANGE = "0..1";
  private static final String COUNT_RANGE = "0.." + FieldPredicates.MAX_COUNT;

  private FieldChecks() {}

  /** The field checks. */
  public static FieldChecks create() {
    return new FieldChecks();
  }

  /** Checks a programme document. */
  public List<Violation> check(Programme programme) {
    return check(programme, "");
  }

  /** Checks a programme, with pointers under {@code pointerPrefix} ({@code /programme}). */
  public List<Violation> check(Programme programme, String pointerPrefix) {
    Walk walk = new Walk(pointerPrefix);
    walk.programme(programme);
    return walk.found();
  }

  /** Checks a call; outside a dataset its {@code period} and {@code programme} are required. */
  public List<Violation> check(Call call, boolean insideDataset) {
    return check(call, insideDataset, "");
  }

  /** Checks a call, with pointers under {@code pointerPrefix} ({@code /calls/2}). */
  public List<Violation> check(Call call, boolean insideDataset, String pointerPrefix) {
    Walk walk = new Walk(pointerPrefix);
    walk.call(call, insideDataset);
    return walk.found();
  }

  /**
   * Checks a project and its reports; outside a dataset its {@code period} and {@code programme}
   * are required.
   */
  public List<Violation> check(Project project, boolean insideDataset) {
    return check(project, insideDataset, "");
  }

  /** Checks a project, with pointers under {@code pointerPrefix} ({@code /projects/4}). */
  public List<Violation> check(Project project, boolean insideDataset, String pointerPrefix) {
    Walk walk = new Walk(pointerPrefix);
    walk.project(project, insideDataset);
    return walk.found();
  }

  /** Checks a quarterly report, with pointers relative to the report ({@code /quarter}). */
  public List<Violation> check(ProgressReport report) {
    return check(report, "");
  }

  /**
   * Checks a quarterly report with pointers under {@code pointerPrefix}: {@code /reports/2} for a
   * report document validated as the third report of its project.
   */
  public List<Violation> check(ProgressReport report, String pointerPrefix) {
    Walk walk = new Walk(pointerPrefix);
    walk.report(report);
    return walk.found();
  }

  /** Checks a dataset: its programme, its calls (whose codes are a set) and its projects. */
  public List<Violation> check(Dataset dataset) {
    Walk walk = new Walk("");
    walk.dataset(dataset);
    return walk.found();
  }

  /**
   * One traversal: the path of the current value grows and shrinks as a stack of segments (a
   * property name, or a list index), and pointers, strings and violations are made only for what is
   * found, so that a valid document costs next to nothing. The order of the checks follows the
   * properties of each type.
   */
  private static final class Walk {
    private static final int DEPTH = 8;

    private final String prefix;
    private String[] names = new String[DEPTH];
    private int[] indexes = new int[DEPTH];
    private int depth;
    private List<Violation> found = Collections.emptyList();

    Walk(String prefix) {
      this.prefix = prefix;
    }

    List<Violation> found() {
      return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    void dataset(Dataset d) {
      Programme programme = d.getProgramme();
      required("programme", programme);
      if (programme != null) {
        int back = into("programme");
        programme(programme);
        leave(back);
      }
      unique("calls", d.getCalls());
      List<Call> calls = d.getCalls();
      for (int i = 0; i < calls.size(); i++) {
        int back = into("calls", i);
        call(calls.get(i), true);
        leave(back);
      }
      List<Project> projects = d.getProjects();
      for (int i = 0; i < projects.size(); i++) {
        int back = into("projects", i);
        project(projects.get(i), true);
        leave(back);
      }
    }

    void programme(Programme p) {
      required("code", p.getCode());
      required("period", p.getPeriod());
      List<Allocation> allocations = p.getAllocations();
      required("allocations", allocations);
      unique("allocations", allocations);
      for (int i = 0; i < allocations.size(); i++) {
        int back = into("allocations", i);
        Allocation a = allocations.get(i);
        required("specificObjective", a.getSpecificObjective());
        required("amount", a.getAmount());
        amount("amount", a.getAmount(), false);
        amount("euContribution", a.getEuContribution(), false);
        rate("declaredShare", a.getDeclaredShare());
        leave(back);
      }
    }

    void call(Call c, boolean insideDataset) {
      required("code", c.getCode());
      if (!insideDataset) {
        required("programme", c.getProgramme());
        required("period", c.getPeriod());
      }
      required("title", c.getTitle());
      classification(c.getClassification());
      unique("actions", c.getActions());
      required("opens", c.getOpens());
      required("closes", c.getCloses());
      dates(DateRange.CALL, c);
      unique("eligibleLeadForms", c.getEligibleLeadForms());
      unique("eligiblePartnerForms", c.getEligiblePartnerForms());
      required("allocation", c.getAllocation());
      amount("allocation", c.getAllocation(), false);
      amount("maxGrant", c.getMaxGrant(), false);
      rate("maxEuShare", c.getMaxEuShare());
      ProjectWindow window = c.getProjectWindow();
      if (window != null) {
        int back = into("projectWindow");
        dates(DateRange.PROJECT_WINDOW, window);
        leave(back);
      }
      count("maxDurationMonths", c.getMaxDurationMonths());
    }

    void project(Project p, boolean insideDataset) {
      required("code", p.getCode());
      if (!FieldPredicates.isValidCup(p.getCup())) {
        report(RuleIds.FMT_002, "cup", p.getCup().value());
      }
      required("title", p.getTitle());
      if (!insideDataset) {
        required("period", p.getPeriod());
        required("programme", p.getProgramme());
      }
      classification(p.getClassification());
      unique("callActions", p.getCallActions());
      required("start", p.getStart());
      required("end", p.getEnd());
      dates(DateRange.PROJECT, p);
      territory(p.getTerritory());
      unique("targetGroups", p.getTargetGroups());
      partners(p.getPartners());
      budget(p.getBudget());
      financing(p.getFinancing());
      indicatorTargets(p.getIndicators());
      List<ProgressReport> reports = p.getReports();
      for (int i = 0; i < reports.size(); i++) {
        int back = into("reports", i);
        report(reports.get(i));
        leave(back);
      }
    }

    private void classification(Classification c) {
      required("classification", c);
      if (c != null) {
        int back = into("classification");
        required("specificObjective", c.getSpecificObjective());
        unique("nationalActions", c.getNationalActions());
        leave(back);
      }
    }

    private void territory(List<Place> territory) {
      required("territory", territory);
      unique("territory", territory);
      for (int i = 0; i < territory.size(); i++) {
        Place place = territory.get(i);
        if (!FieldPredicates.isValidPlace(place)) {
          int back = into("territory", i);
          reportHere(RuleIds.FMT_006, "territory", place.code(), null, null);
          leave(back);
        }
      }
    }

    private void partners(List<Partner> partners) {
      required("partners", partners);
      unique("partners", partners);
      for (int i = 0; i < partners.size(); i++) {
        int back = into("partners", i);
        Partner partner = partners.get(i);
        required("id", partner.getId());
        if (!FieldPredicates.isValidPartnerId(partner)) {
          report(RuleIds.FMT_003, "id", partner.getId());
        }
        required("legalForm", partner.getLegalForm());
        required("role", partner.getRole());
        Place region = partner.getRegion();
        if (!FieldPredicates.isValidPlace(region)) {
          report(RuleIds.FMT_006, "region", region.code());
        }
        leave(back);
      }
    }

    private void budget(Budget budget) {
      required("budget", budget);
      if (budget == null) {
        return;
      }
      int back = into("budget");
      IndirectCosts indirect = budget.getIndirectCosts();
      if (indirect != null) {
        int backIndirect = into("indirectCosts");
        required("method", indirect.getMethod());
        rate("rate", indirect.getRate());
        leave(backIndirect);
      }
      List<BudgetLine> lines = budget.getLines();
      required("lines", lines);
      for (int i = 0; i < lines.size(); i++) {
        int backLine = into("lines", i);
        BudgetLine line = lines.get(i);
        required("partner", line.getPartner());
        required("category", line.getCategory());
        required("amount", line.getAmount());
        amount("amount", line.getAmount(), false);
        leave(backLine);
      }
      required("total", budget.getTotal());
      amount("total", budget.getTotal(), false);
      leave(back);
    }

    private void financing(List<Financing> financing) {
      required("financing", financing);
      for (int i = 0; i < financing.size(); i++) {
        int back = into("financing", i);
        Financing f = financing.get(i);
        required("source", f.getSource());
        required("amount", f.getAmount());
        amount("amount", f.getAmount(), false);
        leave(back);
      }
    }

    private void indicatorTargets(List<IndicatorTarget> targets) {
      unique("indicators", targets);
      for (int i = 0; i < targets.size(); i++) {
        int back = into("indicators", i);
        IndicatorTarget t = targets.get(i);
        required("id", t.getId());
        required("target", t.getTarget());
        count("target", t.getTarget());
        leave(back);
      }
    }

    void report(ProgressReport r) {
      required("quarter", r.getQuarter());
      if (!FieldPredicates.isValidQuarter(r.getQuarter())) {
        report(RuleIds.FMT_007, "quarter", r.getQuarter().value());
      }
      List<Expenditure> expenditure = r.getExpenditure();
      for (int i = 0; i < expenditure.size(); i++) {
        int back = into("expenditure", i);
        expenditure(expenditure.get(i));
        leave(back);
      }
      List<IndicatorValue> indicators = r.getIndicators();
      unique("indicators", indicators);
      for (int i = 0; i < indicators.size(); i++) {
        int back = into("indicators", i);
        indicatorValue(indicators.get(i));
        leave(back);
      }
    }

    private void expenditure(Expenditure e) {
      required("partner", e.getPartner());
      required("category", e.getCategory());
      required("amount", e.getAmount());
      amount("amount", e.getAmount(), true);
      if (!FieldPredicates.hasValidSign(e)) {
        String range = e.isCorrectionEntry() ? CORRECTION_RANGE : AMOUNT_RANGE;
        report(RuleIds.FMT_004, "amount", e.getAmount(), range);
      }
      required("document", e.getDocument());
      required("date", e.getDate());
      amount("documentTotal", e.getDocumentTotal(), false);
    }

    private void indicatorValue(IndicatorValue v) {
      required("id", v.getId());
      required("total", v.getTotal());
      count("total", v.getTotal());
      GenderBreakdown gender = v.getByGender();
      if (gender != null) {
        int back = into("byGender");
        requiredCount("female", gender.getFemale());
        requiredCount("male", gender.getMale());
        count("other", gender.getOther());
        leave(back);
      }
      AgeBreakdown age = v.getByAge();
      if (age != null) {
        int back = into("byAge");
        requiredCount("under18", age.getUnder18());
        requiredCount("from18to60", age.getFrom18to60());
        requiredCount("over60", age.getOver60());
        leave(back);
      }
    }

    // checks of one property of the current value

    private void required(String property, Object value) {
      if (value == null) {
        report(RuleIds.FMT_001, property, null);
      }
    }

    private void required(String property, String value) {
      if (!FieldPredicates.isPresent(value)) {
        report(RuleIds.FMT_001, property, null);
      }
    }

    private void required(String property, List<?> value) {
      if (value.isEmpty()) {
        report(RuleIds.FMT_001, property, null);
      }
    }

    private void requiredCount(String property, Long value) {
      required(property, value);
      count(property, value);
    }

    private void amount(String property, Amount value, boolean anySign) {
      if (!FieldPredicates.isValidAmount(value, anySign)) {
        report(RuleIds.FMT_004, property, value, anySign ? SIGNED_AMOUNT_RANGE : AMOUNT_RANGE);
      }
    }

    private void rate(String property, Rate value) {
      if (!FieldPredicates.isValidRate(value)) {
        report(RuleIds.FMT_004, property, value, RATE_RANGE);
      }
    }

    private void count(String property, Long value) {
      if (!FieldPredicates.isValidCount(value)) {
        report(RuleIds.FMT_004, property, value, COUNT_RANGE);
      }
    }

    private <T> void dates(List<DateRange<T>> ranges, T value) {
      for (int i = 0; i < ranges.size(); i++) {
        DateRange<T> range = ranges.get(i);
        if (range.isInverted(value)) {
          int back = into(range.toProperty());
          reportHere(RuleIds.FMT_005, range.toProperty(), range.to(value), range.from(value),
              range.fromProperty());
          leave(back);
        }
      }
    }

    /** Each later occurrence, at its key property if the entries have one, else at the entry. */
    private void unique(String property, List<?> entries) {
      for (int index : FieldPredicates.duplicateIndexes(entries)) {
        Object entry = entries.get(index);
        String keyProperty = FieldPredicates.keyProperty(entry);
        int back = into(property, index);
        if (keyProperty == null) {
          reportHere(RuleIds.FMT_008, property, entry, null, null);
        } else {
          report(RuleIds.FMT_008, keyProperty, FieldPredicates.keyOf(entry));
        }
        leave(back);
      }
    }

    // pointer and violations

    /** Enters {@code property} of the current value; answers the depth to {@link #leave} to. */
    private int into(String property) {
      return push(property, -1);
    }

    /** Enters entry {@code index} of list {@code property}. */
    private int into(String property, int index) {
      int back = push(property, -1);
      push(null, index);
      return back;
    }

    private int push(String name, int index) {
      if (depth == names.length) {
        names = Arrays.copyOf(names, depth * 2);
        indexes = Arrays.copyOf(indexes, depth * 2);
      }
      names[depth] = name;
      indexes[depth] = index;
      return depth++;
    }

    private void leave(int back) {
      depth = back;
    }

    private String pointer() {
      StringBuilder sb = new StringBuilder(prefix);
      for (int i = 0; i < depth; i++) {
        sb.append('/');
        if (names[i] == null) {
          sb.append(indexes[i]);
        } else {
          sb.append(names[i]);
        }
      }
      return sb.toString();
    }

    private void report(String rule, String property, Object value) {
      report(rule, property, value, null);
    }

    private void report(String rule, String property, Object value, Object limit) {
      int back = into(property);
      reportHere(rule, property, value, limit, null);
      leave(back);
    }

    private void reportHere(
        String rule, String property, Object value, Object limit, String other) {
      var violation = Violation.builder()
          .rule(rule)
          .severity(Severity.ERROR)
          .location(Location.of(pointer()))
          .putArguments("property", property);
      if (value != null) {
        violation.putArguments("value", cut(value.toString()));
      }
      if (limit != null) {
        violation.putArguments("limit", limit.toString());
      }
      if (other != null) {
        violation.putArguments("other", other);
      }
      if (found.isEmpty()) {
        found = new ArrayList<>();
      }
      found.add(violation.build());
    }

    private static String cut(String value) {
      if (value.length() <= MAX_VALUE_LENGTH) {
        return value;
      }
      int end = MAX_VALUE_LENGTH - 1;
      if (Character.isHighSurrogate(value.charAt(end - 1))) {
        end--;
      }
      return value.substring(0, end) + "\u2026";
    }
  }
}
