package eu.fami.testkit.generate;

import eu.fami.io.DatasetWriter;
import eu.fami.io.FamiJson;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.CostCategory;
import eu.fami.model.Cup;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.Rate;
import eu.fami.testkit.internal.Budgets;
import eu.fami.testkit.internal.Identifiers;
import eu.fami.testkit.internal.Reference;
import eu.fami.testkit.internal.Region;
import eu.fami.testkit.internal.Reports;
import eu.fami.testkit.internal.SplitMix;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of valid synthetic 2021-2027 datasets shaped like the example documents: one
 * programme, one call per {@value #PROJECTS_PER_CALL} projects, and projects of 2 to 6 partners, 10
 * to 30 budget lines and 1 to 8 quarterly reports with expenditure and indicator values, in varied
 * regions, with unique codes, CUPs, partner tax codes and document ids. Every project is made from
 * the seed and its index alone, so a dataset of any size is written streaming, in constant memory,
 * and the same seed always gives byte-identical output. Immutable and thread-safe.
 *
 * <p>This package uses no test library: the CLI's {@code fami generate} depends on fami-testkit and
 * excludes {@code assertj-core}.
 *
 * <pre>{@code
 * DatasetGenerator.builder().projects(1_000_000).seed(42).build().write(out);
 * }</pre>
 */
public final class DatasetGenerator {
  /** Projects per call. */
  public static final int PROJECTS_PER_CALL = 1000;

  /** The largest number of projects. */
  public static final int MAX_PROJECTS = 50_000_000;

  private static final long MAX_GRANT = 3_000_000_00L;

  /** Generated partners' tax codes are numbered from here, apart from the fixtures'. */
  private static final long TAX_CODE_BASE = Identifiers.TAX_CODES / 2;

  private static final int PARTNERS_PER_PROJECT = 8;
  private static final LocalDate FIRST_START = LocalDate.of(2023, 7, 1);
  private static final List<CostCategory> OPTIONAL_CATEGORIES =
      List.of(
          CostCategory.TRAVEL,
          CostCategory.SERVICES,
          CostCategory.EQUIPMENT,
          CostCategory.INFRASTRUCTURE,
          CostCategory.OTHER);
  private static final List<LegalForm> LEAD_FORMS =
      List.of(LegalForm.REGION, LegalForm.LOCAL_AUTHORITY);
  private static final List<LegalForm> PARTNER_FORMS =
      List.of(
          LegalForm.LOCAL_AUTHORITY,
          LegalForm.SCHOOL,
          LegalForm.UNIVERSITY,
          LegalForm.THIRD_SECTOR,
          LegalForm.OTHER_PUBLIC_BODY,
          LegalForm.HEALTH_AUTHORITY);
  private static final List<LegalForm> ASSOCIATE_FORMS =
      List.of(LegalForm.PRIVATE_COMPANY, LegalForm.THIRD_SECTOR, LegalForm.PUBLIC_COMPANY);
  private static final List<Rate> EU_SHARES =
      List.of(Rate.of("0.50"), Rate.of("0.50"), Rate.of("0.60"), Rate.of("0.75"));

  private final int projects;
  private final long seed;
  private final FamiJson json;
  private final List<Call> calls;
  private final Programme programme;

  private DatasetGenerator(Builder b) {
    this.projects = b.projects;
    this.seed = b.seed;
    this.json = b.json;
    List<Call> list = new ArrayList<>();
    long allocations = 0;
    for (int k = 0; k * (long) PROJECTS_PER_CALL < projects; k++) {
      int count = Math.min(PROJECTS_PER_CALL, projects - k * PROJECTS_PER_CALL);
      list.add(call(k, count));
      allocations += count * MAX_GRANT;
    }
    this.calls = List.copyOf(list);
    this.programme = Reference.programme(Period.P2021_2027, Math.max(allocations, 400_000_000_00L));
  }

  /** A builder: 1000 projects, seed 0. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of projects. */
  public int size() {
    return projects;
  }

  /** The programme: its OS2 allocation covers every call's. */
  public Programme programme() {
    return programme;
  }

  /**
   * The calls, one per {@value #PROJECTS_PER_CALL} projects, each allocating their maximum grants.
   */
  public List<Call> calls() {
    return calls;
  }

  /** The call of project {@code index}. */
  public Call callOf(int index) {
    checkIndex(index);
    return calls.get(index / PROJECTS_PER_CALL);
  }

  /** The projects, made one at a time as the stream is consumed. */
  public Stream<Project> projects() {
    return IntStream.range(0, projects).mapToObj(this::project);
  }

  /**
   * Writes the dataset to {@code out} (UTF-8, canonical form), streaming; {@code out} stays open.
   */
  public void write(OutputStream out) {
    try (DatasetWriter w = json.openDatasetWriter(out, programme, calls)) {
      for (int i = 0; i < projects; i++) {
        w.writeProject(project(i));
      }
    }
  }

  /** Project {@code index} (from 0): always the same for the same seed. */
  public Project project(int index) {
    checkIndex(index);
    SplitMix rnd = SplitMix.of(seed, index);
    Call call = callOf(index);
    Region region = rnd.pick(Region.ALL);
    List<Region> regions = new ArrayList<>(List.of(region));
    if (rnd.percent(15)) {
      rnd.sample(Region.ALL, 3).stream().filter(r -> r != region).limit(2).forEach(regions::add);
    }
    int members = rnd.between(2, 6);
    boolean associate = members >= 3 && rnd.percent(15);
    int[] lines = linesPerPartner(rnd, associate ? members - 1 : members);

    List<Partner> partners = new ArrayList<>();
    List<Budgets.Plan> plans = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      PartnerRole role =
          m == 0
              ? PartnerRole.LEAD
              : associate && m == members - 1 ? PartnerRole.ASSOCIATE : PartnerRole.PARTNER;
      LegalForm form =
          rnd.pick(
              role == PartnerRole.LEAD
                  ? LEAD_FORMS
                  : role == PartnerRole.PARTNER ? PARTNER_FORMS : ASSOCIATE_FORMS);
      Region home = m == 0 ? region : rnd.pick(regions);
      String id = Identifiers.taxCode(TAX_CODE_BASE + (long) index * PARTNERS_PER_PROJECT + m);
      partners.add(
          Partner.builder()
              .id(id)
              .name(home.partnerName(form, rnd.between(0, 99)))
              .legalForm(form)
              .role(role)
              .region(home.place())
              .build());
      if (role != PartnerRole.ASSOCIATE) {
        plans.add(plan(rnd, id, lines[m]));
      }
    }

    LocalDate start = FIRST_START.plusMonths(rnd.between(0, 11));
    LocalDate end = start.plusMonths(rnd.between(24, 42)).minusDays(1);
    long natural = Budgets.naturalTotal(plans, Budgets.FLAT_RATE);
    long total = natural <= MAX_GRANT ? natural : rnd.between(MAX_GRANT * 2 / 3, MAX_GRANT);
    boolean language = "2.h".equals(call.getClassification().getScopeOfSupport());
    Project project =
        Project.builder()
            .code(String.format("PROG-GEN-%07d", index + 1))
            .cup(Cup.of(Identifiers.cup('G', start.getYear(), index)))
            .title(
                (language ? "Lingua e cittadinanza - " : "Servizi in rete per l'integrazione - ")
                    + region.nutsName())
            .call(call.getCode())
            .period(Period.P2021_2027)
            .programme(programme.getCode())
            .classification(call.getClassification())
            .start(start)
            .end(end)
            .territory(regions.stream().map(Region::place).collect(Collectors.toList()))
            .targetGroups(rnd.sample(Reference.OS2_TARGET_GROUPS, rnd.between(1, 4)))
            .partners(partners)
            .budget(Budgets.budget(Period.P2021_2027, plans, Budgets.FLAT_RATE, total))
            .financing(Budgets.financing(total, rnd.pick(EU_SHARES).value()))
            .indicators(indicators(rnd, language))
            .build();
    int reports = rnd.between(1, Math.min(8, Reports.quarters(project)));
    return Reports.append(project, reports, rnd.nextLong());
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= projects) {
      throw new IndexOutOfBoundsException("no project " + index + " among " + projects);
    }
  }

  /** Lines (direct and indirect) of each budgeted partner: 3 to 7 each, 10 to 30 in all. */
  private static int[] linesPerPartner(SplitMix rnd, int budgeted) {
    int[] lines = new int[budgeted];
    Arrays.fill(lines, 3);
    int extra = rnd.between(Math.max(10, 3 * budgeted), Math.min(30, 7 * budgeted)) - 3 * budgeted;
    while (extra > 0) {
      int p = rnd.between(0, budgeted - 1);
      if (lines[p] < 7) {
        lines[p]++;
        extra--;
      }
    }
    return lines;
  }

  /**
   * Staff costs and {@code lines - 2} other direct categories, in whole euros, plus indirect costs.
   */
  private static Budgets.Plan plan(SplitMix rnd, String partner, int lines) {
    Map<CostCategory, Long> direct = new LinkedHashMap<>();
    direct.put(CostCategory.STAFF, rnd.between(40_000L, 400_000L) * 100);
    for (CostCategory c : rnd.sample(OPTIONAL_CATEGORIES, lines - 2)) {
      direct.put(
          c,
          switch (c) {
                case SERVICES -> rnd.between(20_000L, 300_000L);
                case EQUIPMENT -> rnd.between(5_000L, 60_000L);
                case INFRASTRUCTURE -> rnd.between(10_000L, 100_000L);
                default -> rnd.between(2_000L, 30_000L);
              }
              * 100);
    }
    return new Budgets.Plan(partner, direct, true);
  }

  private static List<IndicatorTarget> indicators(SplitMix rnd, boolean language) {
    long participants = language ? rnd.between(500L, 5_000L) : rnd.between(100L, 1_000L);
    long of = participants * rnd.between(40, 90) / 100;
    long result = of * rnd.between(30, 80) / 100;
    return List.of(
        target("O.2.3", participants),
        target(language ? "O.2.3.1" : "O.2.3.3", of),
        target(language ? "R.2.8" : "R.2.9", result));
  }

  private static IndicatorTarget target(String id, long target) {
    return IndicatorTarget.builder().id(id).target(target).build();
  }

  private Call call(int k, int projectsInCall) {
    boolean language = k % 2 == 0;
    Classification c =
        language ? Reference.languageTraining(Period.P2021_2027) : Reference.capacityBuilding();
    return Call.builder()
        .code(String.format("AVVISO-GEN-%04d", k + 1))
        .programme(Reference.programmeCode(Period.P2021_2027))
        .period(Period.P2021_2027)
        .title(
            language
                ? "Piani regionali per la formazione civico linguistica, lotto " + (k + 1)
                : "Rafforzamento dei servizi territoriali per l'integrazione, lotto " + (k + 1))
        .classification(c)
        .opens(LocalDate.of(2023, 3, 1))
        .closes(LocalDate.of(2023, 5, 31))
        .eligibleLeadForms(LEAD_FORMS)
        .eligiblePartnerForms(PARTNER_FORMS)
        .allocation(Budgets.amount(projectsInCall * MAX_GRANT))
        .maxGrant(Budgets.amount(MAX_GRANT))
        .maxEuShare(Rate.of("0.75"))
        .projectWindow(
            ProjectWindow.builder()
                .earliestStart(FIRST_START)
                .latestEnd(LocalDate.of(2027, 12, 31))
                .build())
        .maxDurationMonths(42L)
        .build();
  }

  /** Builds a {@link DatasetGenerator}. */
  public static final class Builder {
    private int projects = 1000;
    private long seed;
    private FamiJson json = FamiJson.defaults();

    private Builder() {}

    /** The number of projects, from 0 to {@value DatasetGenerator#MAX_PROJECTS} (default 1000). */
    public Builder projects(int projects) {
      if (projects < 0 || projects > MAX_PROJECTS) {
        throw new IllegalArgumentException(
            "projects must be from 0 to " + MAX_PROJECTS + ": " + projects);
      }
      this.projects = projects;
      return this;
    }

    /** The seed (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The writer used by {@link DatasetGenerator#write} (default {@link FamiJson#defaults()}). */
    public Builder json(FamiJson json) {
      this.json = json;
      return this;
    }

    /** The generator. */
    public DatasetGenerator build() {
      return new DatasetGenerator(this);
    }
  }
}
