package eu.fami.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three ways of {@link DatasetValidation} (floor, peer, fami) on one dataset, run round-robin
 * in one JVM: each round runs each once, in a rotating order, so that the three share the load the
 * machine has at that moment and a ratio can be taken per round (paired). On a busy machine whose
 * load drifts over minutes, paired ratios are far steadier than ratios of runs made minutes apart.
 * Records per run the wall time and the process CPU time (all threads: the benchmark's, the JIT's,
 * the GC's), in milliseconds, after unrecorded warm-up rounds; a full collection before each run
 * keeps one way's garbage out of the next one's time.
 *
 * <p>Arguments: {@code OUT_JSON WARMUP_ROUNDS PROJECTS:ROUNDS...} ({@code 10000:9}: nine measured
 * rounds of the dataset of 10k projects); the datasets are located like the JMH benchmarks' ({@code
 * -Dfami.bench.data}).
 */
public final class InterleavedRun {
  private static final List<String> WAYS = List.of("floor", "peer", "fami");

  private InterleavedRun() {}

  /** Runs the rounds of each dataset and writes the result. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int warmup = Integer.parseInt(args[1]);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode result = mapper.createObjectNode().put("warmupRounds", warmup);
    ObjectNode sizes = result.putObject("datasets");
    for (int a = 2; a < args.length; a++) {
      String[] spec = args[a].split(":");
      int rounds = Integer.parseInt(spec[1]);
      DatasetValidation bench = new DatasetValidation();
      bench.projects = Integer.parseInt(spec[0]);
      bench.prepare();
      ObjectNode size = sizes.putObject(spec[0]).put("rounds", rounds);
      Map<String, ArrayNode> wall = new HashMap<>();
      Map<String, ArrayNode> cpu = new HashMap<>();
      for (String way : WAYS) {
        ObjectNode times = size.putObject(way);
        wall.put(way, times.putArray("wall"));
        cpu.put(way, times.putArray("cpu"));
      }
      for (int r = 0; r < warmup + rounds; r++) {
        for (int k = 0; k < WAYS.size(); k++) {
          String way = WAYS.get((r + k) % WAYS.size());
          long[] t = timed(bench, way);
          if (r >= warmup) {
            wall.get(way).add(t[0] / 1e6);
            cpu.get(way).add(t[1] / 1e6);
          }
        }
        System.err.printf("%s projects: round %d of %d%n", spec[0], r + 1, warmup + rounds);
      }
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
  }

  /**
   * Wall and process CPU nanoseconds of one run of {@code way}, which must find the dataset valid.
   */
  private static long[] timed(DatasetValidation bench, String way) {
    // the peer's garbage (gigabytes for a large tree) is collected here, not in the next run
    System.gc();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    bench.check(way);
    return new long[] {System.nanoTime() - wall, os.getProcessCpuTime() - cpu};
  }
}
