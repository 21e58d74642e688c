package eu.fami.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Times fresh JVMs, interleaved round by round so that all see the same load: a Java hello world,
 * the CLI validating one project as users run it ({@code ./fami validate FILE}: the launcher, with
 * its class-data archive and JIT choice), the same jar without the launcher ({@code java -jar
 * fami-cli-*-all.jar validate FILE}) and {@link FirstValidation}. Writes the wall times (ms) and
 * FirstValidation's own figures as JSON.
 *
 * <p>Arguments: {@code ROUNDS LAUNCHER CLI_JAR HELLO_CLASSPATH BENCH_CLASSPATH PROJECT_FILE
 * OUT_JSON}; the hello world runs from the smallest class path that holds it (the module's classes
 * directory). The launcher's first, unmeasured run makes its archive when the jar is new.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Runs the rounds and writes the result. */
  public static void main(String[] args) throws IOException, InterruptedException {
    int rounds = Integer.parseInt(args[0]);
    String launcherPath = args[1];
    String cliJar = args[2];
    String helloClasspath = args[3];
    String classpath = args[4];
    String project = args[5];
    Path out = Path.of(args[6]);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> hello = List.of(java, "-cp", helloClasspath, HelloWorld.class.getName());
    List<String> cli = List.of(java, "-jar", cliJar, "validate", project);
    List<String> launcher = List.of(launcherPath, "validate", project);
    List<String> first = List.of(java, "-cp", classpath, FirstValidation.class.getName(), project);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode result = mapper.createObjectNode().put("rounds", rounds);
    ArrayNode helloMs = result.putArray("hello");
    ArrayNode cliMs = result.putArray("cli");
    ArrayNode launcherMs = result.putArray("launcher");
    ArrayNode firstMs = result.putArray("first");
    run(hello); // one unmeasured round of each warms the page cache
    run(cli);
    run(launcher);
    for (int i = 0; i < rounds; i++) {
      helloMs.add(run(hello).millis);
      launcherMs.add(run(launcher).millis);
      cliMs.add(run(cli).millis);
      Timed f = run(first);
      ObjectNode o = firstMs.addObject().put("wall", f.millis);
      for (String pair : f.output.trim().split(" ")) {
        String[] kv = pair.split("=", 2);
        if (kv.length == 2 && !kv[0].equals("valid")) {
          o.put(kv[0], Long.parseLong(kv[1]));
        }
      }
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
  }

  private record Timed(double millis, String output) {}

  private static Timed run(List<String> command) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    double millis = (System.nanoTime() - t0) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException(command + " exited with " + exit + ": " + output);
    }
    return new Timed(millis, output);
  }
}
