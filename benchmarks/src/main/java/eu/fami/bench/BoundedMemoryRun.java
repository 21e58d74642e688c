package eu.fami.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a large dataset with the CLI in a small heap ({@code java -Xmx256m -jar
 * fami-cli-*-all.jar validate FILE}), under {@code /usr/bin/time -v} when it exists, with the
 * JVM's GC log on. Writes as JSON: file size, exit code, the report's first line, wall time, peak
 * RSS (from {@code time -v}), and the peak heap in use before and after a collection (from the GC
 * log).
 *
 * <p>Arguments: {@code CLI_JAR DATASET HEAP GC_LOG OUT_JSON}.
 */
public final class BoundedMemoryRun {
  private static final Pattern GC_PAUSE = Pattern.compile("Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Path TIME = Path.of("/usr/bin/time");

  private BoundedMemoryRun() {}

  /** Runs the CLI once and writes the result. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path cliJar = Path.of(args[0]);
    Path dataset = Path.of(args[1]);
    String heap = args[2];
    Path gcLog = Path.of(args[3]);
    Path out = Path.of(args[4]);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      command.addAll(List.of(TIME.toString(), "-v"));
    }
    command.addAll(List.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-jar", cliJar.toString(),
        "validate", dataset.toString()));
    Path stderr = Files.createTempFile("fami-memory", ".txt");
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    String err = Files.readString(stderr);
    Files.delete(stderr);

    ObjectMapper mapper = new ObjectMapper();
    ObjectNode result = mapper.createObjectNode()
        .put("command", String.join(" ", command.subList(timed ? 2 : 0, command.size()))
            .replace(java, "java"))
        .put("bytes", Files.size(dataset))
        .put("heap", heap)
        .put("exit", exit)
        .put("report", report.lines().findFirst().orElse(""))
        .put("seconds", seconds);
    Matcher rss = RSS.matcher(err);
    if (rss.find()) {
      result.put("peakRssMb", Long.parseLong(rss.group(1)) / 1024.0);
    }
    long before = 0;
    long after = 0;
    long committed = 0;
    int pauses = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_PAUSE.matcher(line);
      if (m.find()) {
        pauses++;
        before = Math.max(before, Long.parseLong(m.group(1)));
        after = Math.max(after, Long.parseLong(m.group(2)));
        committed = Math.max(committed, Long.parseLong(m.group(3)));
      }
    }
    result.put("gcPauses", pauses)
        .put("peakHeapBeforeGcMb", before)
        .put("peakHeapAfterGcMb", after)
        .put("peakHeapCommittedMb", committed);
    if (exit > 1) {
      result.put("stderr", err.length() > 2000 ? err.substring(0, 2000) : err);
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
  }
}
