package eu.fami.testkit;

import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.CostCategory;
import eu.fami.model.Cup;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.Rate;
import eu.fami.model.TargetGroup;
import eu.fami.testkit.internal.Budgets;
import eu.fami.testkit.internal.Identifiers;
import eu.fami.testkit.internal.Reference;
import eu.fami.testkit.internal.Region;
import eu.fami.testkit.internal.Reports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid project with sensible defaults; each {@code with...} returns a new fixture, so that one
 * fixture can be the base of many. What a test sets explicitly is kept as set; everything else
 * adapts so that the project stays valid (against its call, when it has one).
 *
 * <p>By default: {@code PROG-FIX-0001}, 2021-2027, civic-language training (OS2 / 2.d / 2.h /
 * action b / II.004 / 003 / 001 / 003), 2023-07-01 to 2026-06-30 in Liguria; a region as lead, a
 * municipality and a social cooperative as partners, each with valid synthetic tax codes; staff,
 * services, travel and other costs per partner plus flat-rate indirect costs of 7% of its direct
 * costs; EUR 1 385 650.00 in all, financed half by the EU (AMIF) and half by the national rotation
 * fund; indicators O.2.3, O.2.3.1 and R.2.8; no reports.
 *
 * <pre>{@code
 * Project p = Fixtures.project()
 *     .withCall(call)
 *     .withBudgetTotal(Amount.ofEuros(500_000))
 *     .withReports(3)
 *     .build();
 * }</pre>
 */
public final class ProjectFixture {
  private static final List<CostCategory> CATEGORIES =
      List.of(CostCategory.STAFF, CostCategory.SERVICES, CostCategory.TRAVEL, CostCategory.OTHER);

  /** Direct costs per position in the partnership, in euros, for {@link #CATEGORIES}. */
  private static final long[][] DIRECT_COSTS = {
    {300_000, 250_000, 10_000, 20_000},
    {200_000, 150_000, 5_000, 10_000},
    {250_000, 80_000, 8_000, 12_000},
    {100_000, 50_000, 5_000, 5_000}
  };

  private static final List<IndicatorTarget> INDICATORS =
      List.of(
          IndicatorTarget.builder().id("O.2.3").target(3000L).build(),
          IndicatorTarget.builder().id("O.2.3.1").target(2500L).build(),
          IndicatorTarget.builder().id("R.2.8").target(1200L).build());
  private static final BigDecimal EU_SHARE = new BigDecimal("0.5");
  private static final int MONTHS = 36;

  /** Partner ids of a fixture are numbered within a block of this size. */
  private static final int MAX_PARTNERS = 64;

  private static final int MAX_SERIAL = (int) (Identifiers.TAX_CODES / 2 / MAX_PARTNERS);

  /** A member of the partnership; {@code explicit} when a test asked for it. */
  private record Member(LegalForm form, PartnerRole role, boolean explicit) {}

  private int serial = 1;
  private String code;
  private Period period;
  private Call call;
  private Member lead = new Member(LegalForm.REGION, PartnerRole.LEAD, false);
  private List<Member> others =
      List.of(
          new Member(LegalForm.LOCAL_AUTHORITY, PartnerRole.PARTNER, false),
          new Member(LegalForm.THIRD_SECTOR, PartnerRole.PARTNER, false));
  private LocalDate start;
  private LocalDate end;
  private Amount total;
  private Rate euShare;
  private int reports;

  ProjectFixture() {}

  private ProjectFixture(ProjectFixture f) {
    serial = f.serial;
    code = f.code;
    period = f.period;
    call = f.call;
    lead = f.lead;
    others = f.others;
    start = f.start;
    end = f.end;
    total = f.total;
    euShare = f.euShare;
    reports = f.reports;
  }

  /**
   * Numbers the fixture (default 1): its code ({@code PROG-FIX-0042}), CUP, partner tax codes,
   * document ids and region derive from the serial, so that fixtures of different serials share no
   * identifier.
   */
  public ProjectFixture withSerial(int serial) {
    if (serial < 1 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("serial must be from 1 to " + MAX_SERIAL + ": " + serial);
    }
    ProjectFixture f = new ProjectFixture(this);
    f.serial = serial;
    return f;
  }

  /** The project code (nothing else changes). */
  public ProjectFixture withCode(String code) {
    ProjectFixture f = new ProjectFixture(this);
    f.code = code;
    return f;
  }

  /**
   * The call the project answers: its code, period, programme and classification (and call actions)
   * become the project's; dates move into its window and duration; partners' legal forms become
   * eligible; the total is capped by its maximum grant and allocation, the EU share by its maximum.
   */
  public ProjectFixture withCall(Call call) {
    ProjectFixture f = new ProjectFixture(this);
    f.call = call;
    return f;
  }

  /**
   * The programming period. 2014-2020 gives OS2 under national objective ON2, no Annex VI codes, no
   * national actions, and dates from 2018-10-01 to 2021-09-30.
   */
  public ProjectFixture withPeriod(Period period) {
    ProjectFixture f = new ProjectFixture(this);
    f.period = period;
    return f;
  }

  /**
   * Adds a partner (or an associate, without budget) of {@code form}, with the next synthetic tax
   * code; with {@link PartnerRole#LEAD} it sets the lead's legal form instead.
   */
  public ProjectFixture withPartner(LegalForm form, PartnerRole role) {
    ProjectFixture f = new ProjectFixture(this);
    Member m = new Member(form, role, true);
    if (role == PartnerRole.LEAD) {
      f.lead = m;
    } else if (others.size() + 2 > MAX_PARTNERS) {
      throw new IllegalArgumentException("at most " + MAX_PARTNERS + " partners");
    } else {
      List<Member> more = new ArrayList<>(others);
      more.add(m);
      f.others = List.copyOf(more);
    }
    return f;
  }

  /** Start and (original) end dates. */
  public ProjectFixture withDates(LocalDate start, LocalDate end) {
    ProjectFixture f = new ProjectFixture(this);
    f.start = start;
    f.end = end;
    return f;
  }

  /**
   * The budget total: every line is rescaled so that the lines add up to it to the cent, each
   * partner's indirect costs stay within 7% of its direct costs and financing adds up to it. At EUR
   * 200 000 or less a 2021-2027 project uses simplified costs instead of real costs.
   */
  public ProjectFixture withBudgetTotal(Amount total) {
    if (!total.isValid()) {
      throw new IllegalArgumentException("not a valid amount: " + total);
    }
    ProjectFixture f = new ProjectFixture(this);
    f.total = total;
    return f;
  }

  /** The EU (AMIF) share of the total; the national rotation fund pays the rest (default 50%). */
  public ProjectFixture withEuShare(Rate euShare) {
    if (!euShare.isValid()) {
      throw new IllegalArgumentException("not a valid share: " + euShare);
    }
    ProjectFixture f = new ProjectFixture(this);
    f.euShare = euShare;
    return f;
  }

  /**
   * {@code quarters} consecutive quarterly reports from the project's first quarter, consistent
   * with the budget (no line, nor the total, spent beyond its amount), dated inside their quarter
   * and the project, with indicator values within targets and breakdowns that add up.
   */
  public ProjectFixture withReports(int quarters) {
    if (quarters < 0) {
      throw new IllegalArgumentException("negative number of reports: " + quarters);
    }
    ProjectFixture f = new ProjectFixture(this);
    f.reports = quarters;
    return f;
  }

  /**
   * The project.
   *
   * @throws IllegalArgumentException when more reports are asked for than the project has quarters
   */
  public Project build() {
    Period p =
        period != null
            ? period
            : call != null && call.getPeriod() != null ? call.getPeriod() : Period.P2021_2027;
    Region region = Region.ALL.get((serial - 1) % Region.ALL.size());
    LocalDate from = start != null ? start : defaultStart(p);
    LocalDate to = start != null ? end : defaultEnd(from);
    Classification classification =
        call != null && call.getClassification() != null
            ? call.getClassification()
            : Reference.languageTraining(p);
    boolean os2 = "OS2".equals(classification.getSpecificObjective());

    List<Partner> partners = new ArrayList<>();
    List<Budgets.Plan> plans = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    members.add(lead);
    members.addAll(others);
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      LegalForm form = eligible(m, i);
      String id = Identifiers.taxCode((long) serial * MAX_PARTNERS + i);
      partners.add(
          Partner.builder()
              .id(id)
              .name(region.partnerName(form, serial + i))
              .legalForm(form)
              .role(m.role())
              .region(region.place())
              .build());
      if (m.role() != PartnerRole.ASSOCIATE) {
        plans.add(plan(id, Math.min(plans.size(), DIRECT_COSTS.length - 1)));
      }
    }
    long totalCents =
        total != null
            ? Budgets.cents(total)
            : cappedByCall(Budgets.naturalTotal(plans, Budgets.FLAT_RATE));
    BigDecimal share =
        euShare != null
            ? euShare.value()
            : call != null && call.getMaxEuShare() != null
                ? call.getMaxEuShare().value().min(EU_SHARE)
                : EU_SHARE;

    Project project =
        Project.builder()
            .code(code != null ? code : String.format("PROG-FIX-%04d", serial))
            .cup(Cup.of(Identifiers.cup('F', from.getYear(), serial)))
            .title("Lingua e cittadinanza - " + region.nutsName())
            .call(call != null ? call.getCode() : null)
            .period(p)
            .programme(
                call != null && call.getProgramme() != null
                    ? call.getProgramme()
                    : Reference.programmeCode(p))
            .classification(classification)
            .callActions(call != null ? call.getActions() : List.of())
            .start(from)
            .end(to)
            .addTerritory(region.place())
            .targetGroups(
                os2
                    ? List.of(TargetGroup.THIRD_COUNTRY_NATIONALS, TargetGroup.WOMEN)
                    : List.of(TargetGroup.PUBLIC_SERVICE_STAFF))
            .partners(partners)
            .budget(Budgets.budget(p, plans, Budgets.FLAT_RATE, totalCents))
            .financing(Budgets.financing(totalCents, share))
            .indicators(os2 ? INDICATORS : List.of())
            .build();
    if (reports > Reports.quarters(project)) {
      throw new IllegalArgumentException(
          reports
              + " reports asked for, but the project has "
              + Reports.quarters(project)
              + " quarters");
    }
    return Reports.append(project, reports, serial);
  }

  private LegalForm eligible(Member m, int position) {
    if (m.explicit() || call == null || m.role() == PartnerRole.ASSOCIATE) {
      return m.form();
    }
    List<LegalForm> allowed =
        m.role() == PartnerRole.LEAD ? call.getEligibleLeadForms() : call.getEligiblePartnerForms();
    return allowed.isEmpty() || allowed.contains(m.form())
        ? m.form()
        : allowed.get(position % allowed.size());
  }

  private static Budgets.Plan plan(String partner, int position) {
    Map<CostCategory, Long> direct = new LinkedHashMap<>();
    for (int c = 0; c < CATEGORIES.size(); c++) {
      direct.put(CATEGORIES.get(c), DIRECT_COSTS[position][c] * 100);
    }
    return new Budgets.Plan(partner, direct, true);
  }

  private long cappedByCall(long totalCents) {
    long capped = totalCents;
    if (call != null && call.getMaxGrant() != null) {
      capped = Math.min(capped, Budgets.cents(call.getMaxGrant()));
    }
    if (call != null && call.getAllocation() != null) {
      capped = Math.min(capped, Budgets.cents(call.getAllocation()));
    }
    return capped;
  }

  private LocalDate defaultStart(Period p) {
    ProjectWindow w = call != null ? call.getProjectWindow() : null;
    if (w != null && w.getEarliestStart() != null) {
      return w.getEarliestStart();
    }
    if (call != null && call.getCloses() != null) {
      return call.getCloses().plusMonths(1).withDayOfMonth(1);
    }
    return p == Period.P2014_2020 ? LocalDate.of(2018, 10, 1) : LocalDate.of(2023, 7, 1);
  }

  private LocalDate defaultEnd(LocalDate from) {
    long months =
        call != null && call.getMaxDurationMonths() != null
            ? Math.min(MONTHS, call.getMaxDurationMonths())
            : MONTHS;
    LocalDate to = from.plusMonths(months).minusDays(1);
    ProjectWindow w = call != null ? call.getProjectWindow() : null;
    return w != null && w.getLatestEnd() != null && w.getLatestEnd().isBefore(to)
        ? w.getLatestEnd()
        : to;
  }
}
