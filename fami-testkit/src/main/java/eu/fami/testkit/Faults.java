package eu.fami.testkit;

import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.CostCategory;
import eu.fami.model.CostMethod;
import eu.fami.model.Cup;
import eu.fami.model.Dataset;
import eu.fami.model.Expenditure;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.ImmutableBudget;
import eu.fami.model.ImmutableClassification;
import eu.fami.model.ImmutableDataset;
import eu.fami.model.ImmutablePartner;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.ImmutableProject;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Place;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.TargetGroup;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.RuleIds;
import eu.fami.testkit.internal.Budgets;
import eu.fami.testkit.internal.Identifiers;
import eu.fami.testkit.internal.Reports;
import eu.fami.testkit.internal.SplitMix;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Fault injection: from a valid document, one that breaks exactly one rule and nothing else, to
 * test that a rule fires (and that a system reports it) without building broken documents by hand.
 *
 * <p>Call rules are broken with respect to {@link Fixtures#call()} (of the project's period): a
 * project made with {@code Fixtures.project().withCall(Fixtures.call().build())} and validated
 * against that call breaks only the injected rule. Faults that change the classification cannot
 * also match a call, so they (and the other faults for which {@link #needsCall} is false) are
 * judged without the call. A fault that needs reports adds valid ones first when the project has
 * too few.
 *
 * <pre>{@code
 * Project broken = Faults.inject("FAMI-BUD-004", Fixtures.project().build());
 * assertThat(fami.validateProject(broken)).hasOnlyViolations("FAMI-BUD-004");
 * }</pre>
 */
public final class Faults {
  /** Faults judged against {@link Fixtures#call()}. */
  private static final Set<String> NEED_CALL =
      Set.of(
          RuleIds.ELIG_002,
          RuleIds.ELIG_003,
          RuleIds.ELIG_005,
          RuleIds.ELIG_006,
          RuleIds.BUD_005,
          RuleIds.BUD_008);

  /** A partner id in no fixture and no generated dataset. */
  private static final String STRANGER = Identifiers.taxCode(Identifiers.TAX_CODES - 1);

  private static final BigDecimal ONE_EURO = new BigDecimal("1.00");

  private static final Map<String, UnaryOperator<Project>> PROJECT_FAULTS = projectFaults();
  private static final Map<String, UnaryOperator<Dataset>> DATASET_FAULTS = datasetFaults();

  private Faults() {}

  /** The rule ids {@link #inject(String, Project)} can break, in catalogue order. */
  public static List<String> injectable() {
    return List.copyOf(PROJECT_FAULTS.keySet());
  }

  /** The rule ids {@link #inject(String, Dataset)} can break, in catalogue order. */
  public static List<String> injectableInDatasets() {
    return List.copyOf(DATASET_FAULTS.keySet());
  }

  /**
   * Whether the fault for {@code ruleId} is judged against {@link Fixtures#call()} (validate with
   * it); the others are judged without a call.
   */
  public static boolean needsCall(String ruleId) {
    return NEED_CALL.contains(ruleId);
  }

  /**
   * {@code valid} changed so that it breaks exactly {@code ruleId}.
   *
   * @throws IllegalArgumentException when {@code ruleId} is not {@linkplain #injectable()
   *     injectable}, or cannot be broken on this project (for instance a 2021-2027 code on a
   *     2014-2020 project)
   */
  public static Project inject(String ruleId, Project valid) {
    return fault(PROJECT_FAULTS, ruleId).apply(valid);
  }

  /**
   * {@code valid} (with at least two projects under one call) changed so that it breaks exactly
   * {@code ruleId}.
   *
   * @throws IllegalArgumentException when {@code ruleId} is not {@linkplain #injectableInDatasets()
   *     injectable in datasets}, or the dataset has too few projects
   */
  public static Dataset inject(String ruleId, Dataset valid) {
    if (valid.getProjects().size() < 2) {
      throw new IllegalArgumentException(
          "dataset faults need two projects: " + valid.getProjects().size());
    }
    return fault(DATASET_FAULTS, ruleId).apply(valid);
  }

  private static <T> UnaryOperator<T> fault(Map<String, UnaryOperator<T>> faults, String ruleId) {
    UnaryOperator<T> f = faults.get(ruleId);
    if (f == null) {
      throw new IllegalArgumentException(
          "cannot inject " + ruleId + "; injectable: " + String.join(", ", faults.keySet()));
    }
    return f;
  }

  // ---------------------------------------------------------------- project faults

  private static Map<String, UnaryOperator<Project>> projectFaults() {
    Map<String, UnaryOperator<Project>> m = new LinkedHashMap<>();
    m.put(RuleIds.FMT_001, p -> copy(p).withTitle(null));
    m.put(RuleIds.FMT_002, p -> copy(p).withCup(Cup.of("CUP-ASSENTE")));
    m.put(RuleIds.FMT_003, Faults::wrongTaxCode);
    m.put(RuleIds.FMT_004, Faults::targetTooLarge);
    m.put(RuleIds.FMT_005, Faults::endExtendedBackwards);
    m.put(
        RuleIds.FMT_006, p -> withPartner(p, PartnerRole.PARTNER, b -> b.region(Place.of("ITZZ"))));
    m.put(RuleIds.FMT_007, Faults::malformedQuarter);
    m.put(RuleIds.FMT_008, Faults::targetGroupTwice);
    m.put(RuleIds.CAT_001, Faults::unknownObjective);
    m.put(RuleIds.CAT_002, Faults::measureOfAnotherObjective);
    m.put(RuleIds.CAT_003, p -> classify(of2021(p), c -> c.scopeOfSupport("1.a")));
    m.put(RuleIds.CAT_004, p -> classify(of2021(p), c -> c.nationalActions(List.of("z"))));
    m.put(RuleIds.CAT_005, p -> classify(of2021(p), c -> c.interventionField("I.001")));
    m.put(RuleIds.CAT_006, p -> classify(of2021(p), c -> c.typeOfAction("099")));
    m.put(RuleIds.CAT_007, Faults::indicatorOfAnotherObjective);
    m.put(RuleIds.CAT_008, Faults::codeOfTheOtherPeriod);
    m.put(
        RuleIds.ELIG_001, p -> withPartner(p, PartnerRole.LEAD, b -> b.role(PartnerRole.PARTNER)));
    m.put(
        RuleIds.ELIG_002,
        p -> withPartner(p, PartnerRole.LEAD, b -> b.legalForm(LegalForm.PRIVATE_COMPANY)));
    m.put(
        RuleIds.ELIG_003,
        p -> withPartner(p, PartnerRole.PARTNER, b -> b.legalForm(LegalForm.PRIVATE_COMPANY)));
    m.put(RuleIds.ELIG_004, Faults::extendedBeyondEligibility);
    m.put(RuleIds.ELIG_005, Faults::startBeforeTheCallWindow);
    m.put(RuleIds.ELIG_006, Faults::classificationOtherThanTheCall);
    m.put(
        RuleIds.ELIG_007,
        p -> copy(p).withTargetGroups(with(p.getTargetGroups(), TargetGroup.RETURNEES)));
    m.put(RuleIds.ELIG_008, Faults::notInAnnexIv);
    m.put(RuleIds.BUD_001, p -> withLine(p, directLines(p).get(0), ONE_EURO));
    m.put(RuleIds.BUD_002, Faults::financingShort);
    m.put(RuleIds.BUD_003, Faults::expenditureOfAStranger);
    m.put(RuleIds.BUD_004, p -> withEuShare(p, new BigDecimal("0.80")));
    m.put(RuleIds.BUD_005, p -> withEuShare(p, new BigDecimal("0.65")));
    m.put(RuleIds.BUD_006, Faults::indirectAboveRate);
    m.put(RuleIds.BUD_007, Faults::realCostsForASmallTotal);
    m.put(
        RuleIds.BUD_008, p -> rescale(p, Budgets.cents(fixtureCall(p).getMaxGrant()) + 1_000_000));
    m.put(RuleIds.OVL_003, Faults::documentDeclaredTwice);
    m.put(RuleIds.MON_001, Faults::quarterTwice);
    m.put(RuleIds.MON_002, Faults::quarterMissing);
    m.put(RuleIds.MON_003, Faults::paidAfterItsQuarter);
    m.put(RuleIds.MON_004, p -> spendOnLines(p, directLines(p), 109));
    m.put(RuleIds.MON_005, p -> spendOnLines(p, List.of(smallestDirectLine(p)), 150));
    m.put(RuleIds.MON_006, Faults::undeclaredIndicator);
    m.put(RuleIds.MON_007, Faults::breakdownOff);
    m.put(RuleIds.MON_008, Faults::categoryWithoutLine);
    return sortedByRuleId(m);
  }

  /** A partner's tax code with a wrong check character, everywhere it is named. */
  private static Project wrongTaxCode(Project p) {
    String id = member(p, PartnerRole.PARTNER).getId();
    char last = id.charAt(id.length() - 1);
    char wrong =
        Character.isDigit(last)
            ? (char) ('0' + (last - '0' + 1) % 10)
            : (char) ('A' + (last - 'A' + 1) % 26);
    return renamePartner(p, id, id.substring(0, id.length() - 1) + wrong);
  }

  /** An indicator target above the largest count, 999 999 999. */
  private static Project targetTooLarge(Project p) {
    return copy(p)
        .withIndicators(
            replaceFirst(
                require(p.getIndicators(), "indicator targets"),
                t -> IndicatorTarget.builder().from(t).target(1_000_000_000L).build()));
  }

  /** An empty report for quarter 5 of the start's year. */
  private static Project malformedQuarter(Project p) {
    Quarter q = Quarter.of(p.getStart().getYear() + "-Q5");
    return addReport(p, ProgressReport.builder().quarter(q).build());
  }

  private static Project targetGroupTwice(Project p) {
    TargetGroup first = require(p.getTargetGroups(), "target groups").get(0);
    return copy(p).withTargetGroups(with(p.getTargetGroups(), first));
  }

  /** 2021-2027: measure 1.a (and no national actions, which belong to 2.d); 2014-2020: ON9. */
  private static Project measureOfAnotherObjective(Project p) {
    return classify(
        p,
        c ->
            period(p) == Period.P2021_2027
                ? c.implementationMeasure("1.a").nationalActions(List.of())
                : c.nationalObjective("ON9"));
  }

  private static Project indicatorOfAnotherObjective(Project p) {
    IndicatorTarget os1 = IndicatorTarget.builder().id("O.1.1").target(10L).build();
    return copy(of2021(p)).withIndicators(with(p.getIndicators(), os1));
  }

  /** 2021-2027: a national objective; 2014-2020: an Annex VI intervention field. */
  private static Project codeOfTheOtherPeriod(Project p) {
    return classify(
        p,
        c ->
            period(p) == Period.P2021_2027
                ? c.nationalObjective("ON2")
                : c.interventionField("II.004"));
  }

  /** An approved extension to six months after the period's eligibility window. */
  private static Project extendedBeyondEligibility(Project p) {
    LocalDate eligibleTo = Catalogue.builtIn(period(p)).eligibleTo().value();
    return copy(p).withExtendedEnd(eligibleTo.plusMonths(6));
  }

  private static Project startBeforeTheCallWindow(Project p) {
    LocalDate earliest = fixtureCall(p).getProjectWindow().getEarliestStart();
    return copy(p).withStart(min(p.getStart(), earliest).minusMonths(1));
  }

  /** 2021-2027: another scope of support of OS2; 2014-2020: a call action the call lacks. */
  private static Project classificationOtherThanTheCall(Project p) {
    if (period(p) == Period.P2014_2020) {
      return copy(p).withCallActions(with(p.getCallActions(), "09"));
    }
    String scope = "2.h".equals(p.getClassification().getScopeOfSupport()) ? "2.i" : "2.h";
    return classify(p, c -> c.scopeOfSupport(scope));
  }

  /** One euro less from the last financing source. */
  private static Project financingShort(Project p) {
    return copy(p)
        .withFinancing(
            replaceLast(
                p.getFinancing(),
                f ->
                    Financing.builder()
                        .from(f)
                        .amount(plus(f.getAmount(), ONE_EURO.negate()))
                        .build()));
  }

  private static Project expenditureOfAStranger(Project p) {
    return withFirstExpenditure(
        p, e -> List.of(Expenditure.builder().from(e).partner(STRANGER).build()));
  }

  /** The first expenditure document declared again, for one euro, without a document total. */
  private static Project documentDeclaredTwice(Project p) {
    return withFirstExpenditure(
        p, e -> List.of(e, Expenditure.builder().from(e).amount(Amount.of(ONE_EURO)).build()));
  }

  /** An empty report for the quarter of the first one. */
  private static Project quarterTwice(Project p) {
    Project q = withReports(p, 1);
    Quarter first = q.getReports().get(0).getQuarter();
    return addReport(q, ProgressReport.builder().quarter(first).build());
  }

  /** The second of (at least) three consecutive reports taken away. */
  private static Project quarterMissing(Project p) {
    Project q = withReports(p, 3);
    List<ProgressReport> reports = new ArrayList<>(q.getReports());
    reports.remove(1);
    return copy(q).withReports(reports);
  }

  /** The first payment dated on the first day of the quarter after the one declaring it. */
  private static Project paidAfterItsQuarter(Project p) {
    return withFirstExpenditure(
        p,
        e -> {
          LocalDate after = Reports.shift(Quarter.containing(e.getDate()), 1).firstDay();
          return List.of(Expenditure.builder().from(e).date(after).build());
        });
  }

  /** Objective OS9, keeping only the codes that do not depend on it, so that nothing follows on. */
  private static Project unknownObjective(Project p) {
    Classification c = p.getClassification();
    Project q =
        copy(p)
            .withClassification(
                Classification.builder()
                    .specificObjective("OS9")
                    .typeOfAction(c.getTypeOfAction())
                    .implementationModality(c.getImplementationModality())
                    .specificTheme(c.getSpecificTheme())
                    .build())
            .withIndicators(List.of());
    List<ProgressReport> reports = new ArrayList<>();
    q.getReports()
        .forEach(r -> reports.add(ProgressReport.builder().from(r).indicators(List.of()).build()));
    return copy(q).withReports(reports);
  }

  /** An approved extension ending the day before the original end (payments moved within it). */
  private static Project endExtendedBackwards(Project p) {
    LocalDate extendedEnd = p.getEnd().minusDays(1);
    List<ProgressReport> reports = new ArrayList<>();
    for (ProgressReport r : p.getReports()) {
      reports.add(
          ProgressReport.builder()
              .from(r)
              .expenditure(
                  r.getExpenditure().stream()
                      .map(
                          e ->
                              e.getDate().isAfter(extendedEnd)
                                  ? Expenditure.builder().from(e).date(extendedEnd).build()
                                  : e)
                      .collect(Collectors.toList()))
              .build());
    }
    return copy(p).withExtendedEnd(extendedEnd).withReports(reports);
  }

  /**
   * Implementation modality 003 (Annex IV) without fitting it: a university leads, no vulnerable
   * groups.
   */
  private static Project notInAnnexIv(Project p) {
    Project q = classify(of2021(p), c -> c.implementationModality("003"));
    q = withPartner(q, PartnerRole.LEAD, b -> b.legalForm(LegalForm.UNIVERSITY));
    Set<TargetGroup> vulnerable =
        Set.of(
            TargetGroup.UNACCOMPANIED_MINORS,
            TargetGroup.VULNERABLE_PERSONS,
            TargetGroup.TRAFFICKING_VICTIMS);
    List<TargetGroup> groups =
        q.getTargetGroups().stream()
            .filter(g -> !vulnerable.contains(g))
            .collect(Collectors.toList());
    return copy(q)
        .withTargetGroups(groups.isEmpty() ? List.of(TargetGroup.THIRD_COUNTRY_NATIONALS) : groups);
  }

  /** One euro moved from a partner's direct costs to its indirect costs, which were at the rate. */
  private static Project indirectAboveRate(Project p) {
    BudgetLine indirect =
        p.getBudget().getLines().stream()
            .filter(l -> l.getCategory() == CostCategory.INDIRECT)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no indirect costs in " + p.getCode()));
    BudgetLine direct =
        p.getBudget().getLines().stream()
            .filter(l -> l.getPartner().equals(indirect.getPartner()) && l.getCategory().isDirect())
            .findFirst()
            .orElseThrow();
    return withLine(withLine(p, indirect, ONE_EURO), direct, ONE_EURO.negate());
  }

  /**
   * Total of EUR 150 000 with real costs; reports are dropped, as the smaller budget would not
   * cover them.
   */
  private static Project realCostsForASmallTotal(Project p) {
    Project q = rescale(copy(of2021(p)).withReports(List.of()), 15_000_000L);
    return copy(q)
        .withBudget(ImmutableBudget.copyOf(q.getBudget()).withCostMethod(CostMethod.REAL_COSTS));
  }

  private static Project undeclaredIndicator(Project p) {
    Set<String> declared =
        p.getIndicators().stream().map(IndicatorTarget::getId).collect(Collectors.toSet());
    String id =
        List.of("O.2.3.2", "O.2.1", "O.2.5", "R.2.10").stream()
            .filter(i -> !declared.contains(i))
            .findFirst()
            .orElseThrow();
    Project q = withReports(p, 1);
    ProgressReport last = q.getReports().get(q.getReports().size() - 1);
    return replaceReport(
        q,
        last,
        ProgressReport.builder()
            .from(last)
            .addIndicators(Reports.value(id, 10, SplitMix.of(id.hashCode())))
            .build());
  }

  private static Project breakdownOff(Project p) {
    Project q = withReports(p, 1);
    ProgressReport report =
        q.getReports().stream()
            .filter(r -> !r.getIndicators().isEmpty())
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("no indicator values in " + p.getCode()));
    return replaceReport(
        q,
        report,
        ProgressReport.builder()
            .from(report)
            .indicators(
                replaceFirst(
                    report.getIndicators(),
                    v ->
                        IndicatorValue.builder()
                            .from(v)
                            .byGender(
                                GenderBreakdown.builder()
                                    .from(v.getByGender())
                                    .female(v.getByGender().getFemale() + 1)
                                    .build())
                            .build()))
            .build());
  }

  /**
   * EUR 100 paid by a partner in a direct category it has no budget line for; when every partner
   * has every category, one line nobody has paid on is first merged into its partner's first line.
   */
  private static Project categoryWithoutLine(Project p) {
    List<BudgetLine> direct = directLines(p);
    for (Partner partner : p.getPartners()) {
      Set<CostCategory> budgeted =
          direct.stream()
              .filter(l -> l.getPartner().equals(partner.getId()))
              .map(BudgetLine::getCategory)
              .collect(Collectors.toSet());
      for (CostCategory c : CostCategory.values()) {
        if (!budgeted.isEmpty() && c.isDirect() && !budgeted.contains(c)) {
          return addExpenditure(p, partner.getId(), c, 10_000L, "NO-LINE");
        }
      }
    }
    Set<String> paid =
        p.getReports().stream()
            .flatMap(r -> r.getExpenditure().stream())
            .map(e -> e.getPartner() + "/" + e.getCategory())
            .collect(Collectors.toSet());
    for (BudgetLine l : direct) {
      BudgetLine first =
          direct.stream()
              .filter(x -> x.getPartner().equals(l.getPartner()))
              .findFirst()
              .orElseThrow();
      if (l != first && !paid.contains(l.getPartner() + "/" + l.getCategory())) {
        Project merged = withLine(p, first, l.getAmount().value());
        merged =
            copy(merged)
                .withBudget(
                    ImmutableBudget.copyOf(merged.getBudget())
                        .withLines(
                            merged.getBudget().getLines().stream()
                                .filter(x -> x != l)
                                .collect(Collectors.toList())));
        return addExpenditure(merged, l.getPartner(), l.getCategory(), 10_000L, "NO-LINE");
      }
    }
    throw new IllegalArgumentException("no budget line of " + p.getCode() + " can be taken away");
  }

  /**
   * Top-ups in the last report bringing each of {@code lines} to {@code percent}% of its amount.
   */
  private static Project spendOnLines(Project p, List<BudgetLine> lines, int percent) {
    Project q = withReports(p, 1);
    Map<String, Long> spent = new LinkedHashMap<>();
    q.getReports()
        .forEach(
            r ->
                r.getExpenditure()
                    .forEach(
                        e ->
                            spent.merge(
                                e.getPartner() + "/" + e.getCategory(),
                                Budgets.cents(e.getAmount()),
                                Long::sum)));
    int n = 0;
    for (BudgetLine l : lines) {
      long target = Budgets.cents(l.getAmount()) * percent / 100;
      long amount = target - spent.getOrDefault(l.getPartner() + "/" + l.getCategory(), 0L);
      if (amount > 0) {
        q = addExpenditure(q, l.getPartner(), l.getCategory(), amount, "TOP-UP-" + ++n);
      }
    }
    return q;
  }

  private static Project withEuShare(Project p, BigDecimal share) {
    return copy(p).withFinancing(Budgets.financing(Budgets.cents(p.getBudget().getTotal()), share));
  }

  /** The budget scaled to {@code totalCents}, with financing of the same EU share. */
  private static Project rescale(Project p, long totalCents) {
    long total = Budgets.cents(p.getBudget().getTotal());
    BigDecimal share =
        total == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(grant(p, FundingSource.EU_AMIF))
                .divide(BigDecimal.valueOf(total), 12, RoundingMode.DOWN);
    return copy(p)
        .withBudget(Budgets.rescale(period(p), p.getBudget(), totalCents))
        .withFinancing(Budgets.financing(totalCents, share));
  }

  private static long grant(Project p, FundingSource source) {
    return p.getFinancing().stream()
        .filter(f -> f.getSource() == source)
        .mapToLong(f -> Budgets.cents(f.getAmount()))
        .sum();
  }

  // ---------------------------------------------------------------- dataset faults

  private static Map<String, UnaryOperator<Dataset>> datasetFaults() {
    Map<String, UnaryOperator<Dataset>> m = new LinkedHashMap<>();
    m.put(
        RuleIds.BUD_009,
        d -> {
          Call call = callOf(d, d.getProjects().get(0));
          long grants =
              d.getProjects().stream()
                  .filter(p -> call.getCode().equals(p.getCall()) && p.effectiveStatus().isFunded())
                  .mapToLong(
                      p ->
                          grant(p, FundingSource.EU_AMIF)
                              + grant(p, FundingSource.NATIONAL_ROTATION_FUND))
                  .sum();
          return withCall(
              d, call, Call.builder().from(call).allocation(Budgets.amount(grants - 1)).build());
        });
    m.put(
        RuleIds.BUD_010,
        d -> {
          Call call = callOf(d, d.getProjects().get(0));
          String objective = call.getClassification().getSpecificObjective();
          long programme =
              d.getProgramme().getAllocations().stream()
                  .filter(a -> objective.equals(a.getSpecificObjective()))
                  .mapToLong(a -> Budgets.cents(a.getAmount()))
                  .sum();
          long others =
              d.getCalls().stream()
                  .filter(
                      c ->
                          c != call
                              && objective.equals(c.getClassification().getSpecificObjective()))
                  .mapToLong(c -> Budgets.cents(c.getAllocation()))
                  .sum();
          return withCall(
              d,
              call,
              Call.builder().from(call).allocation(Budgets.amount(programme - others + 1)).build());
        });
    m.put(
        RuleIds.BUD_011,
        d ->
            withAllocations(
                d,
                a ->
                    Allocation.builder()
                        .from(a)
                        .declaredShare(null)
                        .amount(
                            "OS1".equals(a.getSpecificObjective())
                                ? Amount.ofEuros(1_000_000)
                                : a.getAmount())
                        .build()));
    m.put(
        RuleIds.BUD_012,
        d ->
            withAllocations(
                d,
                a ->
                    "OS2".equals(a.getSpecificObjective())
                        ? Allocation.builder()
                            .from(a)
                            .declaredShare(
                                Rate.of(a.getDeclaredShare().value().add(new BigDecimal("0.01"))))
                            .build()
                        : a));
    m.put(
        RuleIds.OVL_001,
        d -> withSecond(d, (first, second) -> copy(second).withCup(first.getCup())));
    m.put(
        RuleIds.OVL_002,
        d -> withSecond(d, (first, second) -> copy(second).withCode(first.getCode())));
    m.put(
        RuleIds.OVL_004,
        d ->
            withSecond(
                d,
                (first, second) ->
                    copy(renamePartner(
                            second,
                            member(second, PartnerRole.LEAD).getId(),
                            member(first, PartnerRole.LEAD).getId()))
                        .withTerritory(first.getTerritory())));
    m.put(RuleIds.REF_001, d -> withFirst(d, p -> copy(p).withCall("AVVISO-INESISTENTE")));
    m.put(RuleIds.REF_002, d -> withFirst(d, p -> copy(p).withProgramme("IT-PN-FAMI-ALTRO")));
    return sortedByRuleId(m);
  }

  private static Call callOf(Dataset d, Project p) {
    return d.getCalls().stream()
        .filter(c -> c.getCode().equals(p.getCall()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no call " + p.getCall() + " in the dataset"));
  }

  private static Dataset withCall(Dataset d, Call old, Call changed) {
    return ImmutableDataset.copyOf(d)
        .withCalls(
            d.getCalls().stream().map(c -> c == old ? changed : c).collect(Collectors.toList()));
  }

  private static Dataset withAllocations(Dataset d, UnaryOperator<Allocation> change) {
    return ImmutableDataset.copyOf(d)
        .withProgramme(
            ImmutableProgramme.copyOf(d.getProgramme())
                .withAllocations(
                    d.getProgramme().getAllocations().stream()
                        .map(change)
                        .collect(Collectors.toList())));
  }

  private static Dataset withFirst(Dataset d, UnaryOperator<Project> change) {
    List<Project> projects = new ArrayList<>(d.getProjects());
    projects.set(0, change.apply(projects.get(0)));
    return ImmutableDataset.copyOf(d).withProjects(projects);
  }

  private static Dataset withSecond(Dataset d, BinaryOperator<Project> change) {
    List<Project> projects = new ArrayList<>(d.getProjects());
    projects.set(1, change.apply(projects.get(0), projects.get(1)));
    return ImmutableDataset.copyOf(d).withProjects(projects);
  }

  // ---------------------------------------------------------------- helpers

  private static <T> Map<String, T> sortedByRuleId(Map<String, T> faults) {
    Map<String, T> sorted = new LinkedHashMap<>();
    RuleIds.ALL.stream().filter(faults::containsKey).forEach(id -> sorted.put(id, faults.get(id)));
    return sorted;
  }

  private static ImmutableProject copy(Project p) {
    return ImmutableProject.copyOf(p);
  }

  private static Period period(Project p) {
    return p.getPeriod() != null ? p.getPeriod() : Period.P2021_2027;
  }

  /** {@code p}, when it is of 2021-2027; otherwise the fault does not apply. */
  private static Project of2021(Project p) {
    if (period(p) != Period.P2021_2027) {
      throw new IllegalArgumentException(
          "this fault applies to 2021-2027 projects, not to " + period(p));
    }
    return p;
  }

  private static <T> List<T> require(List<T> list, String what) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException("the project has no " + what);
    }
    return list;
  }

  private static Call fixtureCall(Project p) {
    return Fixtures.call().withPeriod(period(p)).build();
  }

  private static Project classify(
      Project p, UnaryOperator<ImmutableClassification.Builder> change) {
    return copy(p)
        .withClassification(
            change.apply(Classification.builder().from(p.getClassification())).build());
  }

  /** The first partner of {@code role}, or the lead when there is none. */
  private static Partner member(Project p, PartnerRole role) {
    return p.getPartners().stream()
        .filter(pa -> pa.getRole() == role)
        .findFirst()
        .orElseGet(
            () ->
                p.getPartners().stream()
                    .filter(pa -> pa.getRole() == PartnerRole.LEAD)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no lead in " + p.getCode())));
  }

  /** The first partner of {@code role} (or the lead) changed by {@code change}. */
  private static Project withPartner(
      Project p, PartnerRole role, UnaryOperator<ImmutablePartner.Builder> change) {
    Partner partner = member(p, role);
    return copy(p)
        .withPartners(
            p.getPartners().stream()
                .map(pa -> pa == partner ? change.apply(Partner.builder().from(pa)).build() : pa)
                .collect(Collectors.toList()));
  }

  /**
   * The project with partner {@code from} renamed {@code to} everywhere: partners, lines,
   * expenditure.
   */
  private static Project renamePartner(Project p, String from, String to) {
    UnaryOperator<String> rename = id -> from.equals(id) ? to : id;
    return copy(p)
        .withPartners(
            p.getPartners().stream()
                .map(pa -> Partner.builder().from(pa).id(rename.apply(pa.getId())).build())
                .collect(Collectors.toList()))
        .withBudget(
            ImmutableBudget.copyOf(p.getBudget())
                .withLines(
                    p.getBudget().getLines().stream()
                        .map(
                            l ->
                                BudgetLine.builder()
                                    .from(l)
                                    .partner(rename.apply(l.getPartner()))
                                    .build())
                        .collect(Collectors.toList())))
        .withReports(
            p.getReports().stream()
                .map(
                    r ->
                        ProgressReport.builder()
                            .from(r)
                            .expenditure(
                                r.getExpenditure().stream()
                                    .map(
                                        e ->
                                            Expenditure.builder()
                                                .from(e)
                                                .partner(rename.apply(e.getPartner()))
                                                .build())
                                    .collect(Collectors.toList()))
                            .build())
                .collect(Collectors.toList()));
  }

  private static BudgetLine smallestDirectLine(Project p) {
    return directLines(p).stream()
        .min((a, b) -> a.getAmount().compareTo(b.getAmount()))
        .orElseThrow();
  }

  private static List<BudgetLine> directLines(Project p) {
    Set<String> associates =
        p.getPartners().stream()
            .filter(pa -> pa.getRole() == PartnerRole.ASSOCIATE)
            .map(Partner::getId)
            .collect(Collectors.toSet());
    return require(
        p.getBudget().getLines().stream()
            .filter(l -> l.getCategory().isDirect() && !associates.contains(l.getPartner()))
            .collect(Collectors.toList()),
        "direct budget lines");
  }

  private static Project withLine(Project p, BudgetLine line, BigDecimal delta) {
    return copy(p)
        .withBudget(
            ImmutableBudget.copyOf(p.getBudget())
                .withLines(
                    p.getBudget().getLines().stream()
                        .map(
                            l ->
                                l == line
                                    ? BudgetLine.builder()
                                        .from(l)
                                        .amount(plus(l.getAmount(), delta))
                                        .build()
                                    : l)
                        .collect(Collectors.toList())));
  }

  private static Amount plus(Amount a, BigDecimal delta) {
    return Amount.of(a.value().add(delta));
  }

  /** The project with at least {@code count} reports, adding valid ones. */
  private static Project withReports(Project p, int count) {
    return Reports.append(p, Math.max(0, count - p.getReports().size()), p.getCode().hashCode());
  }

  private static Project addReport(Project p, ProgressReport report) {
    return copy(p).withReports(with(p.getReports(), report));
  }

  private static Project replaceReport(Project p, ProgressReport old, ProgressReport changed) {
    return copy(p)
        .withReports(
            p.getReports().stream().map(r -> r == old ? changed : r).collect(Collectors.toList()));
  }

  /** The first expenditure entry replaced by {@code change}'s entries. */
  private static Project withFirstExpenditure(
      Project p, Function<Expenditure, List<Expenditure>> change) {
    Project q = withReports(p, 1);
    ProgressReport report =
        q.getReports().stream()
            .filter(r -> !r.getExpenditure().isEmpty())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no expenditure in " + p.getCode()));
    List<Expenditure> entries = new ArrayList<>(change.apply(report.getExpenditure().get(0)));
    entries.addAll(report.getExpenditure().subList(1, report.getExpenditure().size()));
    return replaceReport(
        q, report, ProgressReport.builder().from(report).expenditure(entries).build());
  }

  /** An entry in the last report, paid on a day of its quarter inside the project. */
  private static Project addExpenditure(
      Project p, String partner, CostCategory category, long cents, String document) {
    Project q = withReports(p, 1);
    ProgressReport last = q.getReports().get(q.getReports().size() - 1);
    LocalDate day = Reports.dayIn(q, last.getQuarter(), SplitMix.of(document.hashCode()));
    return replaceReport(
        q,
        last,
        ProgressReport.builder()
            .from(last)
            .addExpenditure(
                Expenditure.builder()
                    .partner(partner)
                    .category(category)
                    .amount(Budgets.amount(cents))
                    .document(q.getCode() + "-" + document)
                    .date(day)
                    .build())
            .build());
  }

  private static <T> List<T> with(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  private static <T> List<T> replaceFirst(List<T> list, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>(list);
    out.set(0, change.apply(out.get(0)));
    return out;
  }

  private static <T> List<T> replaceLast(List<T> list, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>(require(list, "financing"));
    out.set(out.size() - 1, change.apply(out.get(out.size() - 1)));
    return out;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
