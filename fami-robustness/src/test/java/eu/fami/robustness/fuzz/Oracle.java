package eu.fami.robustness.fuzz;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import eu.fami.rules.render.ReportFormat;
import eu.fami.rules.render.ReportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The property every input must have, whatever its bytes: validating it through the facade (from a
 * stream, from a file, from a file against a context) returns a report and never throws, within
 * bounded processor time (2 s plus 1 s per MiB of input) and allocation (linear in the input and
 * the violations found); every violation has a rule id known to the rule set, a well-formed JSON
 * pointer (in the document, or its parent is, when the input is JSON), a line and a column, and a
 * value the reader could not read is not reported again as missing; the report renders in every
 * format and locale (JSON that parses, RFC 4180 CSV with one row per violation, text whose lines no
 * submitted value can break or forge); and a document reads the same from a stream and a file.
 *
 * <p>Each validation runs on a worker thread, so that a hang is a failure and not a stuck build.
 * Not thread-safe: one oracle per fuzzing thread.
 */
final class Oracle implements AutoCloseable {
  /** Most processor time one validation may take, in milliseconds, plus {@link #MILLIS_PER_MIB}. */
  static final long CPU_MILLIS = Long.getLong("fami.fuzz.cpuMillis", 2_000);
  /** Processor time allowed per MiB of input on top of {@link #CPU_MILLIS}: validation is linear. */
  static final long MILLIS_PER_MIB = 1_000;
  /**
   * How many times its processor time a validation may take on the clock before it counts as a hang
   * (the machine may be busy with other work; processor time is what the property bounds).
   */
  static final long WALL_FACTOR = 10;
  /**
   * Allocation allowed for one validation: this much, plus {@link #BYTES_PER_INPUT_BYTE} per byte
   * read and {@link #BYTES_PER_VIOLATION} per violation found (linear in what goes in and out).
   */
  static final long ALLOCATION_BASE = 64L << 20;
  static final long BYTES_PER_INPUT_BYTE = 1024;
  static final long BYTES_PER_VIOLATION = 4096;
  /** Violations of a report that are rendered (rendering is linear; its content is the point). */
  private static final int RENDERED = 200;

  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Fami fami;
  private final Set<String> datasetRules = new HashSet<>();
  private final ValidationContext context;
  private final Path file;
  private ExecutorService worker = newWorker();
  private long mostAllocated;
  private long mostAllocatedInput;

  /** An oracle validating with {@code fami}, writing inputs to a file in {@code scratch}. */
  Oracle(Fami fami, ValidationContext context, Path scratch) {
    this.fami = fami;
    this.context = context;
    fami.rules().datasetRules().forEach(r -> datasetRules.add(r.definition().getId()));
    this.file = scratch.resolve("input-" + System.identityHashCode(this) + ".json");
  }

  /** Why {@code input} breaks the property, or empty when it holds. */
  Optional<String> failure(byte[] input) {
    try {
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> failures = new ArrayList<>();
    JsonNode tree = tree(input);
    ValidationReport fromStream = run("stream", input, failures, tree,
        f -> f.validate(new ByteArrayInputStream(input), file.toString(), ValidationContext.NONE));
    ValidationReport fromFile = run("file", input, failures, tree, f -> f.validate(file));
    run("file with context", input, failures, tree, f -> f.validate(file, context));
    if (fromStream != null && fromFile != null) {
      sameFromStreamAndFile(fromStream.getViolations(), fromFile.getViolations(), failures);
    }
    return failures.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", failures));
  }

  /**
   * A document gives the same violations (in any order) from a stream and from a file, except for a
   * dataset whose reading stopped (a syntax error, or a limit that stops reading or abandons a
   * part): read whole it reports the reader's problems only, streamed it also reports what it
   * validated before the stop (with their entity, the project code).
   */
  private void sameFromStreamAndFile(List<Violation> stream, List<Violation> file,
      List<String> failures) {
    if (sorted(comparable(stream)).equals(sorted(comparable(file)))) {
      return;
    }
    boolean stopped = stream.stream().anyMatch(v -> v.getRule().equals(RuleIds.IO_001)
        || v.getRule().equals(RuleIds.IO_005) && !v.getArguments().containsKey("value"));
    List<Violation> extra = new ArrayList<>(withoutEntity(comparable(file)));
    boolean contained = withoutEntity(comparable(stream)).stream().allMatch(extra::remove);
    if (!stopped || !contained) {
      failures.add("the violations differ when read from a stream and from a file:\n  stream: "
          + stream + "\n  file:   " + file);
    }
  }

  /**
   * The violations as the two ways of reading can agree on them: a streamed dataset keeps no
   * positions of the projects that have passed, so a dataset-wide finding pointing into one is
   * compared by its pointer only.
   */
  private List<Violation> comparable(List<Violation> violations) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : violations) {
      out.add(datasetRules.contains(v.getRule())
          ? Violation.builder().from(v).location(Location.of(v.getLocation().getPointer())).build()
          : v);
    }
    return out;
  }

  private static List<Violation> withoutEntity(List<Violation> violations) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : violations) {
      out.add(Violation.builder().from(v).entity(null).build());
    }
    return out;
  }

  /**
   * Violations in a canonical order: a dataset read whole reports the reader's problems outside its
   * projects first, streamed it reports them as it meets them.
   */
  private static List<Violation> sorted(List<Violation> violations) {
    List<Violation> out = new ArrayList<>(violations);
    out.sort(Comparator.comparing(Violation::toString));
    return out;
  }

  private ValidationReport run(String how, byte[] input, List<String> failures, JsonNode tree,
      Function<Fami, ValidationReport> validation) {
    long allowedMillis = CPU_MILLIS + MILLIS_PER_MIB * input.length / (1 << 20);
    Future<Outcome> f = worker.submit(() -> {
      long bytes = THREADS.getCurrentThreadAllocatedBytes();
      long cpu = THREADS.getCurrentThreadCpuTime();
      ValidationReport report = validation.apply(fami);
      return new Outcome(report, THREADS.getCurrentThreadAllocatedBytes() - bytes,
          (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
    });
    try {
      Outcome o = f.get(allowedMillis * WALL_FACTOR, TimeUnit.MILLISECONDS);
      if (o.allocated > mostAllocated) {
        mostAllocated = o.allocated;
        mostAllocatedInput = input.length;
      }
      long allowedBytes = ALLOCATION_BASE + BYTES_PER_INPUT_BYTE * input.length
          + BYTES_PER_VIOLATION * o.report.getViolations().size();
      if (o.allocated > allowedBytes) {
        failures.add(how + ": allocated " + o.allocated + " bytes, more than " + allowedBytes);
      }
      if (o.millis > allowedMillis) {
        failures.add(how + ": took " + o.millis + " ms of processor time, more than "
            + allowedMillis);
      }
      List<String> problems = new ArrayList<>();
      check(o.report, tree, problems);
      problems.forEach(p -> failures.add(how + ": " + p));
      return o.report;
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      failures.add(how + ": no report within " + allowedMillis * WALL_FACTOR + " ms");
    } catch (ExecutionException e) {
      failures.add(how + ": threw " + stackTrace(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      failures.add(how + ": rendering or checking the report threw " + stackTrace(e));
    }
    return null;
  }

  /** What one validation gave. */
  private static final class Outcome {
    final ValidationReport report;
    final long allocated;
    final long millis;

    Outcome(ValidationReport report, long allocated, long millis) {
      this.report = report;
      this.allocated = allocated;
      this.millis = millis;
    }
  }

  private void check(ValidationReport report, JsonNode tree, List<String> problems) {
    Set<String> unreadable = new HashSet<>();
    for (Violation v : report.getViolations()) {
      if (v.getRule().startsWith("FAMI-IO-")) {
        unreadable.add(v.getLocation().getPointer());
      }
    }
    for (Violation v : report.getViolations()) {
      if (v.getRule().equals(RuleIds.FMT_001) && unreadable.contains(v.getLocation().getPointer())) {
        problems.add("reported twice, by the reader and as missing: " + v);
      }
      Location l = v.getLocation();
      if (fami.rules().definition(v.getRule()).isEmpty()) {
        problems.add("unknown rule id " + v.getRule() + " in " + v);
      }
      if (!isPointer(l.getPointer())) {
        problems.add("not a JSON pointer: '" + l.getPointer() + "' in " + v);
      } else if (tree != null && !existsOrParentExists(tree, l.getPointer())) {
        problems.add("the pointer " + l.getPointer() + " is not in the document: " + v);
      }
      if (l.getLine() <= 0 || l.getColumn() <= 0) {
        problems.add("no line and column in " + v);
      }
    }
    ValidationReport rendered = report.getViolations().size() <= RENDERED ? report
        : ValidationReport.builder().from(report)
            .violations(report.getViolations().subList(0, RENDERED)).build();
    for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
      ReportRenderer r = ReportRenderer.of(fami.messages(), locale);
      for (ReportFormat format : ReportFormat.values()) {
        String text = r.toString(format, rendered);
        if (format == ReportFormat.JSON) {
          checkJson(text, rendered, problems);
        } else if (format == ReportFormat.CSV) {
          checkCsv(text, rendered, problems);
        } else {
          checkText(text, rendered, problems);
        }
      }
    }
  }

  /** Characters of submitted values that must not reach the text rendering as they are. */
  private static final Pattern UNPRINTABLE = Pattern.compile(
      "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

  /** The text rendering: a heading, two lines per violation, entity headings, skipped reasons. */
  private static void checkText(String text, ValidationReport report, List<String> problems) {
    if (UNPRINTABLE.matcher(text).find()) {
      problems.add("the text rendering holds a control character:\n" + text);
    }
    long entities = text.lines().filter(l -> l.startsWith("  [")).count();
    long reasons = report.getSkipped().stream().map(r -> r.getReason()).distinct().count();
    long lines = 1 + 2L * report.getViolations().size() + entities + reasons;
    if (text.lines().count() != lines) {
      problems.add("the text rendering has " + text.lines().count() + " lines, not " + lines
          + ":\n" + text);
    }
  }

  private static void checkJson(String text, ValidationReport report, List<String> problems) {
    try {
      JsonNode n = STRICT.readTree(text);
      if (n.path("violations").size() != report.getViolations().size()) {
        problems.add("the JSON rendering lists " + n.path("violations").size() + " violations of "
            + report.getViolations().size());
      }
    } catch (IOException e) {
      problems.add("the JSON rendering is not JSON: " + e.getMessage());
    }
  }

  private static void checkCsv(String text, ValidationReport report, List<String> problems) {
    List<List<String>> rows = Csv.parse(text);
    if (rows == null) {
      problems.add("the CSV rendering is not well-formed CSV:\n" + text);
      return;
    }
    if (rows.size() != report.getViolations().size() + 1) {
      problems.add("the CSV rendering has " + rows.size() + " rows for "
          + report.getViolations().size() + " violations");
    }
    for (List<String> row : rows) {
      if (row.size() != ReportRenderer.CSV_HEADER.split(",").length) {
        problems.add("a CSV row of " + row.size() + " cells: " + row);
      }
    }
  }

  /** Whether {@code p} is an RFC 6901 pointer: empty, or segments after '/' with ~0 ~1 escapes. */
  static boolean isPointer(String p) {
    if (p == null || (!p.isEmpty() && p.charAt(0) != '/')) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == '~' && (i + 1 >= p.length() || "01".indexOf(p.charAt(i + 1)) < 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean existsOrParentExists(JsonNode tree, String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    return !tree.at(p).isMissingNode() || p.head() == null || !tree.at(p.head()).isMissingNode();
  }

  /** The input as a JSON tree when it is strict, not too large and not too deep JSON; else null. */
  private static JsonNode tree(byte[] input) {
    if (input.length > (1 << 20)) {
      return null;
    }
    try {
      return STRICT.readTree(input);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    String s = w.toString();
    return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fami-fuzz-worker");
      t.setDaemon(true);
      return t;
    });
  }

  /** The most one validation allocated so far, and the size of its input. */
  String mostAllocated() {
    return (mostAllocated >> 20) + " MiB for " + mostAllocatedInput + " bytes";
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
