package eu.fami.bench;

import eu.fami.io.DatasetWriter;
import eu.fami.io.FamiJson;
import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.Cup;
import eu.fami.model.Dataset;
import eu.fami.model.Expenditure;
import eu.fami.model.ImmutableAllocation;
import eu.fami.model.ImmutableBudget;
import eu.fami.model.ImmutableBudgetLine;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutableExpenditure;
import eu.fami.model.ImmutablePartner;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.ImmutableProgressReport;
import eu.fami.model.ImmutableProject;
import eu.fami.model.Partner;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmarks' datasets: seeded, valid (no error, no warning), written by the library's own
 * canonical {@link DatasetWriter}. Projects are copies of the example dataset's three regional
 * projects, each with its own code, CUP, partner tax codes and expenditure documents, spread over
 * calls of {@value #PROJECTS_PER_CALL} projects; the programme's allocations are scaled so that
 * the calls fit in them.
 *
 * <pre>{@code Path file = BenchDatasets.ensure(Path.of("target/bench-data"), 10_000);}</pre>
 */
public final class BenchDatasets {
  /** The seed of every generated dataset. */
  public static final long SEED = 20_230_701L;
  /** Projects per call: their grants (at most 2 M EUR each) fit in the call's allocation. */
  static final int PROJECTS_PER_CALL = 1000;

  private static final String TEMPLATE = "examples/dataset-formazione-linguistica.json";
  private static final BigDecimal PROGRAMME_SCALE = BigDecimal.valueOf(10_000);
  private static final long CALL_ALLOCATION = 3_000_000_000L;

  private final Dataset template;
  private final int projectsPerCall;

  private BenchDatasets(Dataset template, int projectsPerCall) {
    this.template = template;
    this.projectsPerCall = projectsPerCall;
  }

  /** A generator over the example dataset shipped with the benchmarks. */
  public static BenchDatasets fromExample() {
    try (InputStream in = BenchDatasets.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TEMPLATE);
      }
      return new BenchDatasets(
          FamiJson.defaults().read(in).document(Dataset.class).orElseThrow(
              () -> new IllegalStateException(TEMPLATE + " is not a dataset")),
          PROJECTS_PER_CALL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the datasets are kept: {@code -Dfami.bench.data}, by default {@code target/bench-data}. */
  public static Path dataDir() {
    return Path.of(System.getProperty("fami.bench.data", "target/bench-data"));
  }

  /**
   * The dataset of {@code projects} projects in {@code dir} ({@code projects-N.json}), generated
   * (atomically) when it is not there yet.
   */
  public static Path ensure(Path dir, int projects) {
    Path file = dir.resolve("projects-" + projects + ".json");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "projects-" + projects, ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        fromExample().write(projects, SEED, out);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This generator with {@code n} projects per call (tests use a few). */
  BenchDatasets withProjectsPerCall(int n) {
    return new BenchDatasets(template, n);
  }

  /** Generates the missing datasets: {@code DIR PROJECTS...}. */
  public static void main(String[] args) {
    for (int i = 1; i < args.length; i++) {
      Path file = ensure(Path.of(args[0]), Integer.parseInt(args[i]));
      System.out.println(file);
    }
  }

  /** Writes a dataset of {@code projects} projects generated from {@code seed} to {@code out}. */
  public void write(int projects, long seed, OutputStream out) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Call> calls = calls((projects + projectsPerCall - 1) / projectsPerCall);
    try (DatasetWriter w = FamiJson.defaults().openDatasetWriter(out, programme(), calls)) {
      List<Project> templates = template.getProjects();
      for (int i = 0; i < projects; i++) {
        Project t = templates.get(random.nextInt(templates.size()));
        w.writeProject(project(t, i, calls.get(i / projectsPerCall).getCode(), random));
      }
    }
  }

  private Programme programme() {
    Programme p = template.getProgramme();
    List<Allocation> scaled = new ArrayList<>();
    for (Allocation a : p.getAllocations()) {
      scaled.add(ImmutableAllocation.builder()
          .specificObjective(a.getSpecificObjective())
          .amount(Amount.of(a.getAmount().value().multiply(PROGRAMME_SCALE)))
          .build());
    }
    return ImmutableProgramme.copyOf(p).withAllocations(scaled);
  }

  private List<Call> calls(int count) {
    Call t = template.getCalls().get(0);
    List<Call> calls = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      calls.add(ImmutableCall.copyOf(t)
          .withCode(String.format("%s-%04d", t.getCode(), k + 1))
          .withTitle(t.getTitle() + " (lotto " + (k + 1) + ")")
          .withAllocation(Amount.ofEuros(CALL_ALLOCATION)));
    }
    return calls;
  }

  private static Project project(Project t, int i, String call, SplittableRandom random) {
    Map<String, String> ids = new HashMap<>();
    List<Partner> partners = new ArrayList<>();
    for (int k = 0; k < t.getPartners().size(); k++) {
      Partner p = t.getPartners().get(k);
      String id = taxCode(i * 8L + k + 1, 1 + random.nextInt(100));
      ids.put(p.getId(), id);
      partners.add(ImmutablePartner.copyOf(p).withId(id).withName(p.getName() + " " + (i + 1)));
    }
    Budget b = t.getBudget();
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine l : b.getLines()) {
      lines.add(ImmutableBudgetLine.copyOf(l).withPartner(ids.get(l.getPartner())));
    }
    List<ProgressReport> reports = new ArrayList<>();
    for (ProgressReport r : t.getReports()) {
      List<Expenditure> spent = new ArrayList<>();
      for (Expenditure e : r.getExpenditure()) {
        spent.add(ImmutableExpenditure.copyOf(e)
            .withPartner(ids.get(e.getPartner()))
            .withDocument(e.getDocument() + "/" + (i + 1)));
      }
      reports.add(ImmutableProgressReport.copyOf(r).withExpenditure(spent));
    }
    return ImmutableProject.copyOf(t)
        .withCode(String.format("%s-%06d", t.getCode(), i + 1))
        .withCup(cup(i, random))
        .withTitle(t.getTitle() + " - lotto " + (i + 1))
        .withCall(call)
        .withPartners(partners)
        .withBudget(ImmutableBudget.copyOf(b).withLines(lines))
        .withReports(reports);
  }

  /** A CUP of the right form, distinct per project: letter, 2 digits, letter, 11 digits. */
  private static Cup cup(int i, SplittableRandom random) {
    char first = (char) ('A' + random.nextInt(26));
    char fourth = (char) ('A' + random.nextInt(26));
    return Cup.of(String.format("%c%02d%c%011d", first, random.nextInt(100), fourth, i + 1L));
  }

  /** A valid 11-digit tax code: seven digits, a province office, the Luhn check digit. */
  static String taxCode(long number, int office) {
    String ten = String.format("%07d%03d", number, office);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int d = ten.charAt(i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return ten + (10 - sum % 10) % 10;
  }
}
