package eu.fami.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.fami.testkit.generate.DatasetGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the results of one {@code benchmarks/run.sh} run into {@code docs/BENCHMARKS.md}: the
 * machine, each figure as median [min..max] over all measured iterations of all forks, the ratios
 * of the run and the targets. Only the part between the result markers is replaced; the rest of the
 * page (the profiling findings) is kept.
 *
 * <p>Arguments: {@code RESULTS_DIR DATA_DIR MARKDOWN MODE}; the results directory holds {@code
 * jmh.json}, {@code coldstart.json}, {@code memory.json} and {@code load-start.txt}, each optional.
 */
public final class BenchReport {
  static final String BEGIN = "<!-- results:begin (written by benchmarks/run.sh) -->";
  static final String END = "<!-- results:end -->";

  private static final String FLOOR = "floor";
  private static final String PEER = "peer";
  private static final String FAMI = "fami";

  private final ObjectMapper mapper = new ObjectMapper();
  private final Path results;
  private final Path data;
  private final StringBuilder md = new StringBuilder();
  private final List<String[]> targets = new ArrayList<>();

  private BenchReport(Path results, Path data) {
    this.results = results;
    this.data = data;
  }

  /** Writes the report. */
  public static void main(String[] args) throws IOException {
    BenchReport r = new BenchReport(Path.of(args[0]), Path.of(args[1]));
    String section = r.section(args[3]);
    Path page = Path.of(args[2]);
    if (page.getParent() != null) {
      Files.createDirectories(page.getParent());
    }
    Files.writeString(page, merge(Files.exists(page) ? Files.readString(page) : null, section));
  }

  /** {@code page} with its result section replaced by {@code section} (a new page if null). */
  static String merge(String page, String section) {
    if (page == null || !page.contains(BEGIN) || !page.contains(END)) {
      return "# Benchmarks\n\n" + BEGIN + "\n" + section + END + "\n";
    }
    int from = page.indexOf(BEGIN) + BEGIN.length();
    int to = page.indexOf(END);
    return page.substring(0, from) + "\n" + section + page.substring(to);
  }

  private String section(String mode) throws IOException {
    machine(mode);
    Map<Integer, Map<String, JsonNode>> jmh = jmh();
    datasets(jmh);
    paired();
    throughput(jmh);
    latency();
    coldStart();
    memory();
    targetTable();
    return md.toString();
  }

  // ---------------------------------------------------------------- sections

  private void machine(String mode) throws IOException {
    Runtime rt = Runtime.getRuntime();
    md.append("Run of ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(" UTC, `benchmarks/run.sh").append(mode.equals("full") ? "" : " --" + mode)
        .append("`.\n\n")
        .append("| machine | |\n|---|---|\n")
        .append("| CPUs (nproc) | ").append(rt.availableProcessors()).append(" |\n")
        .append("| CPU model | ").append(procValue("/proc/cpuinfo", "model name")).append(" |\n")
        .append("| memory | ").append(memorySize()).append(" |\n")
        .append("| JDK | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" (")
        .append(System.getProperty("java.vendor")).append(") |\n")
        .append("| OS | ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append(" |\n")
        .append("| load average (1 min) | ").append(read("load-start.txt", "?"))
        .append(" at the start, ").append(loadNow()).append(" at the end |\n\n");
  }

  private void datasets(Map<Integer, Map<String, JsonNode>> jmh) throws IOException {
    md.append("## Datasets\n\nGenerated once into `benchmarks/target/bench-data/` by the testkit's ")
        .append("`DatasetGenerator` (seed ").append(BenchDatasets.SEED).append("): valid datasets of one ")
        .append("programme, one call per ").append(DatasetGenerator.PROJECTS_PER_CALL)
        .append(" projects and the projects (2 to 6 partners, 10 to 30 budget lines, 1 to 8 quarterly ")
        .append("reports each), in fami's canonical form.\n\n")
        .append("| projects | size |\n|---:|---:|\n");
    for (int projects : jmh.keySet()) {
      md.append("| ").append(projects).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f MB", size(projects) / 1e6)).append(" |\n");
    }
    md.append('\n');
  }

  private void throughput(Map<Integer, Map<String, JsonNode>> jmh) throws IOException {
    md.append("## Dataset throughput (JMH)\n\n")
        .append("`DatasetValidation` (JMH), one benchmark after the other: **floor** tokenizes the file with Jackson's streaming ")
        .append("parser (no value decoded, nothing bound); **peer** reads it into a Jackson tree and ")
        .append("checks it with networknt json-schema-validator against the published JSON Schema of ")
        .append("the dataset kind (`fami schema dataset`); **fami** is `Fami.defaults().validate(path)`: read, field checks, every rule, ")
        .append("the report. MB/s = file size / time of one validation; each figure is the median ")
        .append("[min..max] of all measured iterations of all forks");
    JsonNode any = jmh.values().stream().flatMap(m -> m.values().stream()).findFirst().orElse(null);
    if (any != null) {
      md.append(" (").append(any.path("forks").asInt()).append(" forks x ")
          .append(any.path("measurementIterations").asInt()).append(" iterations of ")
          .append(any.path("measurementTime").asText()).append(", after ")
          .append(any.path("warmupIterations").asInt()).append(" warm-up iterations; ")
          .append(String.join(" ", jvmArgs(any))).append(")");
    }
    md.append(". Ratios divide the medians of this run.\n\n")
        .append("| projects | floor MB/s | peer MB/s | fami MB/s | fami/floor | fami/peer | fami allocation |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Integer, Map<String, JsonNode>> e : jmh.entrySet()) {
      int projects = e.getKey();
      Map<String, JsonNode> b = e.getValue();
      Stats floor = megabytesPerSecond(b.get(FLOOR), projects);
      Stats peer = megabytesPerSecond(b.get(PEER), projects);
      Stats fami = megabytesPerSecond(b.get(FAMI), projects);
      md.append("| ").append(projects).append(" | ").append(format(floor, 1)).append(" | ")
          .append(format(peer, 1)).append(" | ").append(format(fami, 1)).append(" | ")
          .append(ratio(fami, floor)).append(" | ").append(ratio(fami, peer)).append(" | ")
          .append(allocation(b.get(FAMI), projects)).append(" |\n");
    }
    Map<String, JsonNode> small = jmh.get(10_000);
    Map<String, JsonNode> large = jmh.get(100_000);
    if (small != null && large != null && small.get(FAMI) != null && large.get(FAMI) != null) {
      double t10 = rawStats(small.get(FAMI)).median();
      double t100 = rawStats(large.get(FAMI)).median();
      double growth = t100 / t10;
      md.append("\nLinearity (JMH): fami takes ").append(fmt(t10, 0)).append(" ms for 10k projects and ")
          .append(fmt(t100, 0)).append(" ms for 100k (medians): time(100k)/time(10k) = **")
          .append(fmt(growth, 2)).append("**.\n");
    }
    md.append('\n');
  }

  /** The interleaved run: the figures the targets are judged on. */
  private void paired() throws IOException {
    md.append("## Dataset throughput, paired (the targets' figures)\n\n");
    JsonNode run = json("interleaved.json");
    if (run == null) {
      md.append("Not run.\n\n");
      return;
    }
    md.append("`InterleavedRun`: floor, peer and fami (as in the JMH benchmarks below) run round-robin ")
        .append("in one JVM (").append(run.path("warmupRounds").asInt()).append(" warm-up round(s), then ")
        .append("the measured rounds, order rotating), so that the three ")
        .append("share the machine's load of the moment; each ratio is taken within a round and its ")
        .append("median [min..max] over the rounds is given. MB/s by wall time; CPU = process CPU ")
        .append("time (every thread) per MB.\n\n")
        .append("| projects | rounds | floor MB/s | peer MB/s | fami MB/s | fami/floor | fami/peer | CPU ms/MB floor / peer / fami |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<Integer, Double> famiWall = new TreeMap<>();
    Map<Integer, Double> floorWall = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : run.path("datasets").properties()) {
      int projects = Integer.parseInt(e.getKey());
      JsonNode d = e.getValue();
      double mb = size(projects) / 1e6;
      List<Double> floor = doubles(d.path(FLOOR).path("wall"));
      List<Double> peer = doubles(d.path(PEER).path("wall"));
      List<Double> fami = doubles(d.path(FAMI).path("wall"));
      Stats toFloor = Stats.of(perRound(floor, fami));
      Stats toPeer = Stats.of(perRound(peer, fami));
      famiWall.put(projects, Stats.of(fami).median());
      floorWall.put(projects, Stats.of(floor).median());
      md.append("| ").append(projects).append(" | ").append(d.path("rounds").asInt()).append(" | ")
          .append(throughputOf(floor, mb).format(1))
          .append(" | ").append(throughputOf(peer, mb).format(1)).append(" | ")
          .append(throughputOf(fami, mb).format(1)).append(" | **").append(fmt(toFloor.median(), 2))
          .append("** ").append(range(toFloor)).append(" | **").append(fmt(toPeer.median(), 2))
          .append("** ").append(range(toPeer)).append(" | ")
          .append(fmt(Stats.of(doubles(d.path(FLOOR).path("cpu"))).median() / mb, 2)).append(" / ")
          .append(fmt(Stats.of(doubles(d.path(PEER).path("cpu"))).median() / mb, 2)).append(" / ")
          .append(fmt(Stats.of(doubles(d.path(FAMI).path("cpu"))).median() / mb, 2)).append(" |\n");
      if (projects == 100_000) {
        targets.add(new String[] {"fami >= 1/3 of the raw scan's MB/s (100k projects, per round)",
            fmt(toFloor.median(), 2) + " " + range(toFloor), toFloor.median() >= 1.0 / 3 ? "yes" : "no"});
        targets.add(new String[] {"fami >= 2x the JSON Schema peer's MB/s (100k projects, per round)",
            fmt(toPeer.median(), 2) + " " + range(toPeer), toPeer.median() >= 2 ? "yes" : "no"});
      }
    }
    Double t10 = famiWall.get(10_000);
    Double t100 = famiWall.get(100_000);
    if (t10 != null && t100 != null) {
      double growth = t100 / t10;
      md.append("\nLinearity: fami takes ").append(fmt(t10, 0)).append(" ms for 10k projects and ")
          .append(fmt(t100, 0)).append(" ms for 100k (medians): time(100k)/time(10k) = **")
          .append(fmt(growth, 2)).append("**. The raw scan's own ratio in the same rounds, ")
          .append("a gauge of how much the machine changed between the two sizes: ")
          .append(fmt(floorWall.get(100_000) / floorWall.get(10_000), 2)).append(".\n");
      targets.add(new String[] {"linear: time(100k)/time(10k) in 8..12", fmt(growth, 2),
          growth >= 8 && growth <= 12 ? "yes" : "no"});
    }
    md.append('\n');
  }

  /** Per round, the throughput of {@code b} over that of {@code a}: time(a) / time(b). */
  private static List<Double> perRound(List<Double> a, List<Double> b) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      out.add(a.get(i) / b.get(i));
    }
    return out;
  }

  private static Stats throughputOf(List<Double> millis, double mb) {
    List<Double> out = new ArrayList<>();
    for (double ms : millis) {
      out.add(mb / (ms / 1000));
    }
    return Stats.of(out);
  }

  private static String range(Stats s) {
    return "[" + fmt(s.min(), 2) + ".." + fmt(s.max(), 2) + "]";
  }

  private void latency() throws IOException {
    JsonNode run = benchmark("ProjectLatency.validate");
    md.append("## Single project\n\n");
    if (run == null) {
      md.append("Not run.\n\n");
      return;
    }
    Stats micros = rawStats(run);
    List<Double> perSecond = new ArrayList<>();
    for (double us : raw(run)) {
      perSecond.add(1e6 / us);
    }
    md.append("`ProjectLatency` (JMH): a warm `Fami` validates the Com.In.5 example project ")
        .append("(4 KB, six partners) from memory, as a portal does per request.\n\n")
        .append("| latency µs/op | throughput ops/s | allocation |\n|---:|---:|---:|\n| ")
        .append(micros.format(1)).append(" | ").append(Stats.of(perSecond).format(0)).append(" | ")
        .append(bytes(run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble()))
        .append("/op |\n\n");
  }

  private void coldStart() throws IOException {
    md.append("## Cold start\n\n");
    JsonNode cold = json("coldstart.json");
    if (cold == null) {
      md.append("Not run.\n\n");
      return;
    }
    List<Double> hello = doubles(cold.path("hello"));
    List<Double> launcher = doubles(cold.path("launcher"));
    List<Double> cli = doubles(cold.path("cli"));
    Stats h = Stats.of(hello);
    Stats l = Stats.of(launcher);
    Stats c = Stats.of(cli);
    md.append("Fresh JVMs, interleaved round by round (").append(cold.path("rounds").asInt())
        .append(" rounds): a Java hello world; `./fami validate project-com-in-5.json`, the ")
        .append("launcher as users run it (it starts the JVM with the class-data archive, AppCDS, of ")
        .append("a training run it makes after each build, and for a few small files with the ")
        .append("client compiler only); the same jar as `java -jar fami-cli-*-all.jar validate`, ")
        .append("without either; and `FirstValidation` (an embedding program: ")
        .append("`Fami.defaults()`, then the first `validate(path)` of the same project). ")
        .append("Wall times in ms, median [min..max].\n\n")
        .append("| run | wall ms |\n|---|---:|\n")
        .append("| hello world | ").append(h.format(0)).append(" |\n")
        .append("| `./fami validate` (one project) | ").append(l.format(0))
        .append(" |\n")
        .append("| `java -jar fami-cli-*-all.jar validate` (one project) | ").append(c.format(0))
        .append(" |\n");
    JsonNode first = cold.path("first");
    if (first.size() > 0) {
      md.append("| FirstValidation, wall | ").append(field(first, "wall").format(0)).append(" |\n")
          .append("| FirstValidation: JVM uptime when `main` starts | ")
          .append(field(first, "main").format(0)).append(" |\n")
          .append("| FirstValidation: `Fami.defaults()` | ").append(field(first, "build").format(0))
          .append(" |\n")
          .append("| FirstValidation: first `validate(path)` | ")
          .append(field(first, "validate").format(0)).append(" |\n");
    }
    double ratio = l.median() / h.median();
    double plain = c.median() / h.median();
    md.append("\nCLI / hello world: **").append(fmt(ratio, 2)).append("** with `./fami` (")
        .append("ratio of the medians; per round: ").append(Stats.of(perRound(launcher, hello)).format(2))
        .append("); ").append(fmt(plain, 2)).append(" with plain `java -jar` (per round: ")
        .append(Stats.of(perRound(cli, hello)).format(2)).append(").\n\n");
    targets.add(new String[] {"CLI cold start (one project, `./fami`) < 5x a Java hello world",
        fmt(ratio, 2) + "x", ratio < 5 ? "yes" : "no"});
  }

  private void memory() throws IOException {
    md.append("## Bounded memory\n\n");
    JsonNode m = json("memory.json");
    if (m == null) {
      md.append("Not run.\n\n");
      return;
    }
    double gb = m.path("bytes").asDouble() / 1e9;
    double seconds = m.path("seconds").asDouble();
    md.append("`").append(m.path("command").asText()).append("` on a generated dataset of ")
        .append(fmt(gb, 2)).append(" GB:\n\n")
        .append("| | |\n|---|---:|\n")
        .append("| exit code | ").append(m.path("exit").asInt()).append(" |\n")
        .append("| report | ").append(m.path("report").asText().replace("|", "\\|")).append(" |\n")
        .append("| wall time | ").append(fmt(seconds, 1)).append(" s (")
        .append(fmt(m.path("bytes").asDouble() / 1e6 / seconds, 1)).append(" MB/s, JVM start included) |\n")
        .append("| peak RSS (`/usr/bin/time -v`) | ")
        .append(m.has("peakRssMb") ? fmt(m.path("peakRssMb").asDouble(), 0) + " MB" : "n/a").append(" |\n")
        .append("| GC pauses | ").append(m.path("gcPauses").asInt()).append(" |\n")
        .append("| peak heap in use before / after a GC | ").append(m.path("peakHeapBeforeGcMb").asLong())
        .append(" MB / ").append(m.path("peakHeapAfterGcMb").asLong()).append(" MB |\n")
        .append("| peak heap committed | ").append(m.path("peakHeapCommittedMb").asLong()).append(" MB |\n\n");
    boolean met = gb >= 1 && m.path("exit").asInt() == 0;
    targets.add(new String[] {">= 1 GB dataset validates with -Xmx256m (CLI)",
        fmt(gb, 2) + " GB, exit " + m.path("exit").asInt() + ", peak heap after GC "
            + m.path("peakHeapAfterGcMb").asLong() + " MB", met ? "yes" : "no"});
  }

  private void targetTable() {
    md.append("## Targets (this run)\n\n| target | measured | met |\n|---|---:|:---:|\n");
    for (String[] t : targets) {
      md.append("| ").append(t[0]).append(" | ").append(t[1]).append(" | ").append(t[2]).append(" |\n");
    }
    md.append('\n');
  }

  // ---------------------------------------------------------------- JMH results

  /** The dataset benchmarks by projects, then by name ({@code floor}, {@code peer}, {@code fami}). */
  private Map<Integer, Map<String, JsonNode>> jmh() throws IOException {
    Map<Integer, Map<String, JsonNode>> out = new TreeMap<>();
    for (JsonNode b : jmhResults()) {
      String name = b.path("benchmark").asText();
      if (name.contains(".DatasetValidation.")) {
        int projects = b.path("params").path("projects").asInt();
        out.computeIfAbsent(projects, k -> new TreeMap<>())
            .put(name.substring(name.lastIndexOf('.') + 1), b);
      }
    }
    return out;
  }

  private JsonNode benchmark(String suffix) throws IOException {
    for (JsonNode b : jmhResults()) {
      if (b.path("benchmark").asText().endsWith(suffix)) {
        return b;
      }
    }
    return null;
  }

  /** The benchmarks of every {@code jmh*.json} of the results. */
  private List<JsonNode> jmhResults() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (Files.isDirectory(results)) {
      try (var files = Files.newDirectoryStream(results, "jmh*.json")) {
        for (Path f : files) {
          mapper.readTree(f.toFile()).forEach(out::add);
        }
      }
    }
    return out;
  }

  private static List<Double> raw(JsonNode benchmark) {
    List<Double> out = new ArrayList<>();
    for (JsonNode fork : benchmark.path("primaryMetric").path("rawData")) {
      for (JsonNode v : fork) {
        out.add(v.asDouble());
      }
    }
    return out;
  }

  private static Stats rawStats(JsonNode benchmark) {
    return Stats.of(raw(benchmark));
  }

  private Stats megabytesPerSecond(JsonNode benchmark, int projects) throws IOException {
    if (benchmark == null) {
      return null;
    }
    double mb = size(projects) / 1e6;
    List<Double> out = new ArrayList<>();
    for (double ms : raw(benchmark)) {
      out.add(mb / (ms / 1000));
    }
    return Stats.of(out);
  }

  private String allocation(JsonNode benchmark, int projects) throws IOException {
    JsonNode norm = benchmark == null ? null
        : benchmark.path("secondaryMetrics").get("gc.alloc.rate.norm");
    if (norm == null) {
      return "n/a";
    }
    return bytes(norm.path("score").asDouble() / (size(projects) / 1e6)) + "/MB";
  }

  private static List<String> jvmArgs(JsonNode benchmark) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : benchmark.path("jvmArgs")) {
      if (a.asText().startsWith("-Xm")) {
        out.add(a.asText());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- helpers

  private long size(int projects) throws IOException {
    Path f = data.resolve("projects-" + projects + ".json");
    return Files.exists(f) ? Files.size(f) : 0;
  }

  private JsonNode json(String name) throws IOException {
    Path f = results.resolve(name);
    return Files.exists(f) ? mapper.readTree(f.toFile()) : null;
  }

  private String read(String name, String otherwise) throws IOException {
    Path f = results.resolve(name);
    return Files.exists(f) ? Files.readString(f).trim() : otherwise;
  }

  private static Stats field(JsonNode rounds, String name) {
    List<Double> v = new ArrayList<>();
    for (JsonNode r : rounds) {
      v.add(r.path(name).asDouble());
    }
    return Stats.of(v);
  }

  private static List<Double> doubles(JsonNode array) {
    List<Double> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(v.asDouble());
    }
    return out;
  }

  private static String format(Stats s, int decimals) {
    return s == null ? "n/a" : s.format(decimals);
  }

  private static String ratio(Stats a, Stats b) {
    return a == null || b == null ? "n/a" : "**" + fmt(a.median() / b.median(), 2) + "**";
  }

  private static String fmt(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String bytes(double b) {
    if (b >= 1e6) {
      return fmt(b / 1e6, 1) + " MB";
    }
    return b >= 1e3 ? fmt(b / 1e3, 1) + " KB" : fmt(b, 0) + " B";
  }

  private static String memorySize() throws IOException {
    String kb = procValue("/proc/meminfo", "MemTotal");
    try {
      return fmt(Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0, 1) + " GiB";
    } catch (NumberFormatException e) {
      return kb;
    }
  }

  private static String loadNow() throws IOException {
    Path f = Path.of("/proc/loadavg");
    return Files.exists(f) ? Files.readString(f).split(" ")[0] : "?";
  }

  private static String procValue(String file, String key) throws IOException {
    Path f = Path.of(file);
    if (!Files.exists(f)) {
      return "?";
    }
    for (String line : Files.readAllLines(f)) {
      if (line.startsWith(key)) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "?";
  }
}
