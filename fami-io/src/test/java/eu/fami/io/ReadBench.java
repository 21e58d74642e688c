package eu.fami.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * A rough throughput probe (not a test, not a JMH benchmark): reading a generated dataset with
 * {@link FamiJson#openDataset} and {@link FamiJson#read} against a raw token scan with Jackson's
 * streaming parser. Prints the best of several rounds by wall-clock and by process CPU time (the
 * latter is steadier on a shared machine). Run from the test classpath: {@code java -Xmx3g -cp ...
 * eu.fami.io.ReadBench [projects] [rounds]}.
 */
public final class ReadBench {
  private ReadBench() {}

  private interface Work {
    long run() throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GeneratedDataset(n).transferTo(out);
    byte[] bytes = out.toByteArray();
    double mb = bytes.length / 1e6;
    System.out.printf("dataset: %d projects, %.1f MB%n", n, mb);
    FamiJson json = FamiJson.defaults();
    JsonFactory raw = new JsonFactory();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    LongSupplier cpu = os::getProcessCpuTime;
    Work scan = () -> {
      long tokens = 0;
      try (JsonParser p = raw.createParser(new ByteArrayInputStream(bytes))) {
        while (p.nextToken() != null) {
          tokens++;
        }
      }
      return tokens;
    };
    Work stream = () -> {
      long projects = 0;
      try (DatasetReader r = json.openDataset(new ByteArrayInputStream(bytes))) {
        while (r.hasNext()) {
          if (r.next().project() != null) {
            projects++;
          }
        }
      }
      return projects;
    };
    Work whole = () -> json.read(bytes).problems().size();
    String[] names = {"token scan", "openDataset", "read whole"};
    Work[] works = {scan, stream, whole};
    if (System.getProperty("only") != null) {
      int k = Integer.parseInt(System.getProperty("only"));
      works = new Work[] {works[k], works[k], works[k]};
    }
    double[] bestWall = new double[3];
    double[] bestCpu = new double[3];
    for (int round = 0; round < rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (int w = 0; w < works.length; w++) {
        System.gc();
        long c0 = cpu.getAsLong();
        long t0 = System.nanoTime();
        long result = works[w].run();
        double wall = mb / ((System.nanoTime() - t0) / 1e9);
        double onCpu = mb / ((cpu.getAsLong() - c0) / 1e9);
        bestWall[w] = Math.max(bestWall[w], wall);
        bestCpu[w] = Math.max(bestCpu[w], onCpu);
        line.append(String.format(" %s %.0f MB/s (cpu %.0f) [%d] |", names[w], wall, onCpu,
            result));
      }
      System.out.println(line);
    }
    System.out.printf("best wall: scan %.0f, openDataset %.0f (%.2f of scan), read %.0f MB/s%n",
        bestWall[0], bestWall[1], bestWall[1] / bestWall[0], bestWall[2]);
    System.out.printf("best cpu:  scan %.0f, openDataset %.0f (%.2f of scan), read %.0f MB/s%n",
        bestCpu[0], bestCpu[1], bestCpu[1] / bestCpu[0], bestCpu[2]);
  }
}
