package eu.fami.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.fami.io.DatasetReader;
import eu.fami.io.ProjectEntry;
import eu.fami.io.FamiJson;
import eu.fami.io.ReadResult;
import eu.fami.io.SourceMap;
import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.DocumentKind;
import eu.fami.model.ImmutableProject;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.ReportDocument;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.constraints.FieldChecks;
import eu.fami.model.report.ImmutableViolation;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import eu.fami.rules.spi.Rule;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import eu.fami.rules.spi.RuleParameters;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The entry point of fami: reads a {@code fami/1} document, runs the field checks and every rule,
 * and returns a {@link ValidationReport}. Immutable and thread-safe: build one and share it.
 *
 * <h2>Validate a file (any kind; a dataset is streamed)</h2>
 *
 * <pre>{@code
 * Fami fami = Fami.defaults();
 * ValidationReport report = fami.validate(Path.of("dataset.json"));
 * report.getViolations().forEach(v ->
 *     System.out.println(v.getRule() + " " + v.getLocation() + " " + fami.messages().render(v, Locale.ITALIAN)));
 * }</pre>
 *
 * <h2>Validate a project built in code, against its call</h2>
 *
 * <pre>{@code ValidationReport r = fami.validateProject(project, call);}</pre>
 *
 * <h2>Stream a large dataset</h2>
 *
 * <pre>{@code fami.validate(path, ValidationContext.NONE, violation -> out.println(violation));}</pre>
 * Violations reach the listener in document order as they are found (per project, then the
 * dataset-wide ones), on the calling thread; memory stays bounded by a few projects plus the
 * dataset rules' per-key state. A dataset file is read on a thread of its own, a few projects ahead
 * of the checks ({@link Builder#readAhead}), so that reading and checking overlap on two cores.
 *
 * <h2>Add a rule, change the selection</h2>
 *
 * <pre>{@code
 * Fami regional = Fami.builder()
 *     .rules(RuleSet.builder().addBuiltIns().add(new MyRegionRule()).build())
 *     .selection(RuleSelection.builder().addDisabledRules("FAMI-MON-002").build())
 *     .build();
 * }</pre>
 */
public final class Fami {
  private static final String LIBRARY_VERSION = libraryVersion();
  private static final JsonFactory PEEK = JsonFactory.builder().build();
  /** How much of a pipe is kept to find the top-level {@code kind} (canonical files state it second). */
  private static final int PIPE_PEEK_BYTES = 1 << 20;

  private final FamiJson json;
  private final Engine engine;
  private final Messages messages;
  private final Map<Period, Catalogue> catalogues;
  private final boolean readAhead;

  private Fami(Builder b) {
    this.json = b.json;
    this.readAhead = b.readAhead;
    this.catalogues = new EnumMap<>(b.catalogues); // amended ones; built-ins are loaded on first use
    this.engine = new Engine(b.rules, b.selection, b.parameters, this::catalogue, FieldChecks.create());
    this.messages = Messages.of(b.rules);
  }

  /** A validator with the built-in rules and catalogues and default settings. */
  public static Fami defaults() {
    return Holder.DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this validator runs. */
  public RuleSet rules() {
    return engine.rules();
  }

  /** The selection in force. */
  public RuleSelection selection() {
    return engine.selection();
  }

  /** Message rendering for this validator's rules. */
  public Messages messages() {
    return messages;
  }

  /** The reader and writer used for files. */
  public FamiJson json() {
    return json;
  }

  /** The catalogue in force for {@code period}. */
  public Catalogue catalogue(Period period) {
    Catalogue amended = catalogues.get(period);
    return amended != null ? amended : Catalogue.builtIn(period);
  }

  /** The library's version. */
  public static String version() {
    return LIBRARY_VERSION;
  }

  // ---------------------------------------------------------------- documents from text

  /** Validates the document in {@code file}, without context. */
  public ValidationReport validate(Path file) {
    return validate(file, ValidationContext.NONE, v -> {});
  }

  /** Validates the document in {@code file} against {@code context}. */
  public ValidationReport validate(Path file, ValidationContext context) {
    return validate(file, context, v -> {});
  }

  /**
   * Validates the document in {@code file} against {@code context}, handing each violation to
   * {@code listener} as soon as it is final (a dataset is streamed project by project).
   */
  public ValidationReport validate(
      Path file, ValidationContext context, Consumer<Violation> listener) {
    return validate(file, context, listener, projects -> {});
  }

  /**
   * As {@link #validate(Path, ValidationContext, Consumer)}, telling {@code projectsRead} how many
   * projects of a streamed dataset have been read after each one (for a progress indication). A
   * file that is not a regular file ({@code /dev/stdin} fed by a pipe, a named pipe) is read once;
   * a dataset there is streamed when its {@code kind} comes in the first MiB (canonical files
   * state it second), and otherwise read as one document.
   */
  public ValidationReport validate(
      Path file, ValidationContext context, Consumer<Violation> listener, IntConsumer projectsRead) {
    Run run = new Run(file.toString(), listener);
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      ValidationReport piped = validatePipe(file, context, run, projectsRead);
      if (piped != null) {
        return piped;
      }
    }
    if (looksLikeDataset(file)) {
      return streamed(json.openDataset(file), run, projectsRead);
    }
    return validate(json.read(file), context, run);
  }

  /**
   * Validates a file that can be read only once ({@code /dev/stdin} on a pipe, a named pipe): its
   * first {@value #PIPE_PEEK_BYTES} bytes are kept to look for {@code kind} and read again; null
   * when it cannot be opened (the caller then reports that as for any file).
   *
   * @throws UncheckedIOException when reading fails after it was opened (as for a stream)
   */
  private ValidationReport validatePipe(
      Path file, ValidationContext context, Run run, IntConsumer projectsRead) {
    InputStream raw;
    try { // a FileInputStream: the channel stream of Files.newInputStream fails available() on a pipe
      raw = new FileInputStream(file.toFile());
    } catch (IOException e) {
      return null;
    }
    try (raw) {
      BufferedInputStream in = new BufferedInputStream(raw, PIPE_PEEK_BYTES);
      in.mark(PIPE_PEEK_BYTES);
      boolean dataset;
      try (JsonParser p = PEEK.createParser(new BoundedPeek(in, PIPE_PEEK_BYTES - 1))) {
        dataset = looksLikeDataset(p);
      }
      in.reset();
      if (dataset) {
        return streamed(json.openDataset(in), run, projectsRead);
      }
      return validate(json.read(in), context, run);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report of the dataset {@code reader} streams, which is closed after. */
  private ValidationReport streamed(DatasetReader reader, Run run, IntConsumer projectsRead) {
    try (reader) {
      run.kind = DocumentKind.DATASET;
      streamDataset(reader, run, projectsRead);
      return run.report();
    }
  }

  /** At most {@code max} bytes of a stream, which it does not close: a peek that can be undone. */
  private static final class BoundedPeek extends FilterInputStream {
    private int left;

    BoundedPeek(InputStream in, int max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      left--;
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() {
      // the stream is read again after the peek
    }
  }

  /** Validates the document held in {@code text}, named {@code name} in the report. */
  public ValidationReport validate(String text, String name, ValidationContext context) {
    return validate(json.read(text.getBytes(StandardCharsets.UTF_8)), context, new Run(name, v -> {}));
  }

  /** Validates the document read from {@code in}, named {@code name} in the report. */
  public ValidationReport validate(InputStream in, String name, ValidationContext context) {
    return validate(json.read(in), context, new Run(name, v -> {}));
  }

  private ValidationReport validate(ReadResult read, ValidationContext context, Run run) {
    return validate(read.kind(), read.document(), read.problems(), locator(read.sourceMap()), context, run);
  }

  private ValidationReport validate(
      DocumentKind kind,
      Object doc,
      List<Violation> problems,
      Function<String, Location> locator,
      ValidationContext context,
      Run run) {
    run.kind = kind;
    if (stopped(problems)) {
      // the document is cut short: what follows the syntax error or the limit was never read, so
      // field checks and rules would only report its absence
      run.pass(false, null, List.of(), null).problems(problems);
      return run.report();
    }
    if (doc instanceof Project) {
      Project p = (Project) doc;
      project(p, context.call(p.getCall()), problems, locator, run);
    } else if (doc instanceof Call) {
      Call c = (Call) doc;
      Engine.Pass pass = run.pass(false, null, List.of(), c.getPeriod());
      pass.problems(problems);
      pass.call(c, "", locator);
    } else if (doc instanceof Programme) {
      Programme p = (Programme) doc;
      Engine.Pass pass = run.pass(false, p, List.of(), p.getPeriod());
      pass.problems(problems);
      pass.programme(p, "", List.of(), locator);
    } else if (doc instanceof Dataset) {
      dataset((Dataset) doc, problems, locator, run);
    } else if (doc instanceof ReportDocument) {
      report((ReportDocument) doc, context, problems, locator, run);
    } else {
      run.pass(false, null, List.of(), null).problems(problems);
    }
    return run.report();
  }

  // ---------------------------------------------------------------- documents built in code

  /** Validates a project document built in code, without its call. */
  public ValidationReport validateProject(Project project) {
    return validateProject(project, null);
  }

  /** Validates a project document built in code against its {@code call} (may be null). */
  public ValidationReport validateProject(Project project, Call call) {
    Run run = new Run(null, v -> {});
    run.kind = DocumentKind.PROJECT;
    project(project, Optional.ofNullable(call), List.of(), Location::of, run);
    return run.report();
  }

  /** Validates a call document built in code. */
  public ValidationReport validateCall(Call call) {
    return inMemory(DocumentKind.CALL, call, ValidationContext.NONE);
  }

  /** Validates a programme document built in code. */
  public ValidationReport validateProgramme(Programme programme) {
    return inMemory(DocumentKind.PROGRAMME, programme, ValidationContext.NONE);
  }

  /** Validates a dataset built in code. */
  public ValidationReport validateDataset(Dataset dataset) {
    return inMemory(DocumentKind.DATASET, dataset, ValidationContext.NONE);
  }

  /** Validates a report document built in code against its {@code context}. */
  public ValidationReport validateReport(ReportDocument report, ValidationContext context) {
    return inMemory(DocumentKind.REPORT, report, context);
  }

  private ValidationReport inMemory(DocumentKind kind, Object doc, ValidationContext context) {
    Objects.requireNonNull(doc, "document");
    return validate(kind, doc, List.of(), Location::of, context, new Run(null, v -> {}));
  }

  // ---------------------------------------------------------------- flows

  private void project(
      Project p,
      Optional<Call> call,
      List<Violation> problems,
      Function<String, Location> locator,
      Run run) {
    Engine.Pass pass = run.pass(false, null, List.of(), p.getPeriod());
    pass.project(p, 0, "", call, problems, locator);
    pass.finish(locator);
  }

  private void dataset(
      Dataset d, List<Violation> problems, Function<String, Location> locator, Run run) {
    Programme programme = d.getProgramme();
    Engine.Pass pass =
        run.pass(true, programme, d.getCalls(), programme == null ? null : programme.getPeriod());
    List<Violation> rest = new ArrayList<>();
    for (Violation v : problems) {
      if (v.getLocation().getPointer().startsWith("/projects/")) {
        rest.add(v);
      } else {
        pass.problems(List.of(v));
      }
    }
    if (programme != null) {
      pass.programme(programme, "/programme", d.getCalls(), locator);
    }
    for (int i = 0; i < d.getCalls().size(); i++) {
      pass.call(d.getCalls().get(i), "/calls/" + i, locator);
    }
    for (int i = 0; i < d.getProjects().size(); i++) {
      // reader problems carry document pointers: the model's project i is the document's element
      // index (after elements the reader could not read and dropped), where its problems are
      String pointer = "/projects/" + i;
      int element = elementIndex(locator.apply(pointer).getPointer());
      List<Violation> before = new ArrayList<>();
      List<Violation> own = new ArrayList<>();
      for (java.util.Iterator<Violation> it = rest.iterator(); it.hasNext(); ) {
        Violation v = it.next();
        int at = elementIndex(v.getLocation().getPointer());
        if (at <= element) {
          (at == element ? own : before).add(v);
          it.remove();
        }
      }
      pass.problems(before);
      pass.project(d.getProjects().get(i), i, pointer, Optional.empty(), own, locator);
    }
    pass.problems(rest);
    pass.finish(locator);
  }

  /** The element index in {@code /projects/12/...} (12); -1 for {@code /projects/x}. */
  private static int elementIndex(String pointer) {
    int from = "/projects/".length();
    int to = pointer.indexOf('/', from);
    String index = pointer.substring(from, to < 0 ? pointer.length() : to);
    try {
      return Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void streamDataset(DatasetReader reader, Run run, IntConsumer projectsRead) {
    Programme programme = reader.programme();
    List<Call> calls = reader.calls();
    Function<String, Location> header = locator(reader.headerSourceMap());
    Engine.Pass pass =
        run.pass(true, programme, calls, programme == null ? null : programme.getPeriod());
    pass.problems(reader.headerProblems());
    if (stopped(reader.headerProblems())) {
      // reading stopped in the header: checking the programme and the calls would only report the
      // absence of what was never read, so only the reader's problems are reported (as for a whole
      // document), those of projects kept for the late header included
      while (reader.hasNext()) {
        pass.problems(reader.next().problems());
      }
      pass.problems(reader.trailerProblems());
      return;
    }
    if (programme != null) {
      pass.programme(programme, "/programme", calls, header);
    }
    for (int i = 0; i < calls.size(); i++) {
      pass.call(calls.get(i), "/calls/" + i, header);
    }
    DroppedElements dropped = new DroppedElements();
    if (readAhead) {
      try (ReadAhead ahead = new ReadAhead(reader)) {
        projects(ahead::next, pass, projectsRead, dropped);
      }
    } else {
      projects(() -> reader.hasNext() ? reader.next() : null, pass, projectsRead, dropped);
    }
    pass.problems(reader.trailerProblems());
    // the projects' source maps are gone: dataset-wide findings into them get the document's
    // pointer, located at the nearest value of the header (the projects array)
    pass.finish(pointer -> header.apply(dropped.documentPointer(pointer)));
  }

  /** Checks each project {@code entries} gives (null after the last). */
  private static void projects(Supplier<ProjectEntry> entries, Engine.Pass pass,
      IntConsumer projectsRead, DroppedElements dropped) {
    int read = 0;
    for (ProjectEntry e; (e = entries.get()) != null; ) {
      projectsRead.accept(++read);
      Function<String, Location> locator = locator(e.sourceMap());
      if (e.project() == null || stopped(e.problems())) {
        pass.problems(e.problems());
      } else {
        dropped.record(e.problems());
        pass.project(
            e.project(), e.index(), "/projects/" + e.index(), Optional.empty(), e.problems(), locator);
      }
    }
  }

  /**
   * A report is checked as if appended to its project: the violations of the project with the
   * report that the project alone does not have are the report's, with pointers into the report.
   */
  private void report(
      ReportDocument doc,
      ValidationContext context,
      List<Violation> problems,
      Function<String, Location> locator,
      Run run) {
    Engine.Pass pass = run.pass(false, null, List.of(), null);
    pass.problems(problems);
    Set<String> unreadable = new HashSet<>();
    problems.forEach(v -> Engine.recordUnreadable(v, unreadable));
    Optional<Project> project = contextProject(doc.getProject(), context);
    if (project.isEmpty()) {
      if (context.getProject() == null && context.getDataset() == null) {
        for (RuleDefinition d : projectLevelRules()) {
          run.skipped.add(SkippedRule.of(d.getId(), Requirement.PROJECT_CONTEXT));
        }
        checkReportAlone(doc.getReport(), locator, unreadable, run);
      } else {
        pass.report(RuleIds.REF_001, "/project", locator,
            Map.of("variant", "project", "project", Objects.toString(doc.getProject(), "")));
      }
      return;
    }
    Project base = project.get();
    Optional<Call> call = context.call(base.getCall());
    List<Violation> before = new ArrayList<>();
    Run alone = new Run(null, before::add);
    project(base, call, List.of(), Location::of, alone);
    Set<List<Object>> known = new HashSet<>();
    for (Violation v : before) {
      known.add(key(v));
    }
    Project with = ImmutableProject.copyOf(base).withReports(appended(base, doc.getReport()));
    String reportPointer = "/reports/" + base.getReports().size();
    List<Violation> after = new ArrayList<>();
    Run together = new Run(null, after::add);
    project(with, call, List.of(), Location::of, together);
    for (Violation v : after) {
      if (known.contains(key(v))) {
        continue;
      }
      String pointer = v.getLocation().getPointer();
      ImmutableViolation.Builder b = Violation.builder().from(v);
      if (pointer.equals(reportPointer) || pointer.startsWith(reportPointer + "/")) {
        Location at = locator.apply(pointer.substring(reportPointer.length()));
        if (Engine.reportedByReader(v.getRule(), at.getPointer(), unreadable)) {
          continue;
        }
        b.location(at);
      } else {
        b.location(locator.apply("")).putArguments("context", pointer);
      }
      run.accept(b.build());
    }
    run.skipped.addAll(together.skipped);
  }

  private void checkReportAlone(
      ProgressReport report, Function<String, Location> locator, Set<String> unreadable, Run run) {
    Engine.Pass pass = run.pass(false, null, List.of(), null);
    List<Violation> located = new ArrayList<>();
    for (Violation v : engine.fieldChecks().check(report)) {
      Location at = locator.apply(v.getLocation().getPointer());
      if (!Engine.reportedByReader(v.getRule(), at.getPointer(), unreadable)) {
        located.add(Violation.builder().from(v).location(at).build());
      }
    }
    pass.problems(located);
  }

  private List<RuleDefinition> projectLevelRules() {
    List<RuleDefinition> out = new ArrayList<>();
    for (Rule r : engine.rules().projectRules()) {
      out.add(r.definition());
    }
    for (Rule r : engine.rules().datasetRules()) {
      if (!out.contains(r.definition())) {
        out.add(r.definition());
      }
    }
    return out;
  }

  /**
   * Whether reading left part of the document (or of a dataset's part) unread: a syntax error
   * (FAMI-IO-001), or an input limit (FAMI-IO-005) that stopped reading, abandoned a part or cut a
   * list. Checking what was read would then only report the absence of what was not. A limit on one
   * value (its decimals; the problem names the value) leaves just that value absent, as FAMI-IO-003.
   */
  private static boolean stopped(List<Violation> problems) {
    for (Violation v : problems) {
      if (v.getRule().equals(RuleIds.IO_001)
          || v.getRule().equals(RuleIds.IO_005) && !v.getArguments().containsKey("value")) {
        return true;
      }
    }
    return false;
  }

  private static List<ProgressReport> appended(Project p, ProgressReport r) {
    List<ProgressReport> all = new ArrayList<>(p.getReports());
    all.add(r);
    return all;
  }

  private static List<Object> key(Violation v) {
    return List.of(v.getRule(), v.getLocation().getPointer(), v.getArguments());
  }

  private static Optional<Project> contextProject(String code, ValidationContext context) {
    if (context.getProject() != null
        && (code == null || code.equals(context.getProject().getCode()))) {
      return Optional.of(context.getProject());
    }
    if (context.getDataset() != null && code != null) {
      return context.getDataset().getProjects().stream()
          .filter(p -> code.equals(p.getCode()))
          .findFirst();
    }
    return Optional.empty();
  }

  /** Locates pointers with {@code map}; its answer carries the document's pointer. */
  private static Function<String, Location> locator(SourceMap map) {
    return pointer -> map.locate(pointer).orElseGet(() -> Location.of(pointer));
  }

  /**
   * Whether {@code file} holds a dataset, read off its top-level {@code kind} without reading
   * values; false for anything unreadable or without a kind, which is then read as a whole document
   * and reported (as it is from a stream).
   */
  private static boolean looksLikeDataset(Path file) {
    try (JsonParser p = PEEK.createParser(file.toFile())) {
      return looksLikeDataset(p);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean looksLikeDataset(JsonParser p) {
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("kind".equals(name)) {
          return value == JsonToken.VALUE_STRING && "dataset".equals(p.getText());
        }
        p.skipChildren();
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String libraryVersion() {
    Properties p = new Properties();
    try (InputStream in = Fami.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown": the version is informative only
    }
    return p.getProperty("version", "unknown");
  }

  /** The state of one validation: the sink, the skipped rules, the outcome. */
  private final class Run {
    private final String file;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<SkippedRule> skipped = new java.util.LinkedHashSet<>();
    private final Consumer<Violation> listener;
    private DocumentKind kind;
    private Catalogue catalogue;

    Run(String file, Consumer<Violation> listener) {
      this.file = file;
      this.listener = listener;
    }

    private final List<Engine.Pass> passes = new ArrayList<>();

    Engine.Pass pass(boolean dataset, Programme programme, List<Call> calls, Period period) {
      Engine.Pass pass = engine.start(dataset, programme, calls, period, this::accept);
      passes.add(pass);
      if (catalogue == null) {
        catalogue = pass.catalogue();
      }
      return pass;
    }

    void accept(Violation v) {
      violations.add(v);
      listener.accept(v);
    }

    ValidationReport report() {
      for (Engine.Pass p : passes) {
        skipped.addAll(p.skipped());
      }
      return ValidationReport.builder()
          .file(file)
          .kind(kind)
          .violations(violations)
          .skipped(skipped)
          .libraryVersion(LIBRARY_VERSION)
          .catalogueVersion(catalogue == null ? null : catalogue.version())
          .ruleSetVersion(engine.rules().version())
          .selection(engine.selection().describe())
          .build();
    }
  }

  private static final class Holder {
    static final Fami DEFAULTS = builder().build();
  }

  /** Builds a {@link Fami}; every setting has a default. */
  public static final class Builder {
    private FamiJson json = FamiJson.defaults();
    private final Map<Period, Catalogue> catalogues = new EnumMap<>(Period.class);
    private RuleSet rules = RuleSet.builtIn();
    private RuleSelection selection = RuleSelection.ALL;
    private RuleParameters parameters = RuleParameters.DEFAULTS;
    private boolean readAhead = true;

    private Builder() {}

    /** The reader and writer (for instance with other limits). */
    public Builder json(FamiJson json) {
      this.json = Objects.requireNonNull(json);
      return this;
    }

    /** A catalogue to use instead of the built-in one of its period (an amended catalogue). */
    public Builder catalogue(Catalogue catalogue) {
      catalogues.put(catalogue.period(), catalogue);
      return this;
    }

    /** The rules to run (default: the built-in ones). */
    public Builder rules(RuleSet rules) {
      this.rules = Objects.requireNonNull(rules);
      return this;
    }

    /** The rule selection (default: every rule at its default severity). */
    public Builder selection(RuleSelection selection) {
      this.selection = Objects.requireNonNull(selection);
      return this;
    }

    /** The rules' parameters. */
    public Builder parameters(RuleParameters parameters) {
      this.parameters = Objects.requireNonNull(parameters);
      return this;
    }

    /**
     * Whether a dataset file is read on a thread of its own, a few projects ahead of the checks
     * (default: true), so that reading and checking overlap on two cores. Violations reach the
     * listener on the calling thread, in document order, either way; false keeps all the work on
     * the calling thread (for hosts that must not start threads).
     */
    public Builder readAhead(boolean readAhead) {
      this.readAhead = readAhead;
      return this;
    }

    /** The validator. */
    public Fami build() {
      return new Fami(this);
    }
  }
}
