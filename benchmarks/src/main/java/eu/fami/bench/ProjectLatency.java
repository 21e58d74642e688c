package eu.fami.bench;

import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The latency of validating one project with a warm {@link Fami}, as a portal does per request:
 * the Com.In.5 example (six partners, 4 KB) read from memory, field checks, every rule that runs
 * without a call, the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ProjectLatency {
  static final String PROJECT = "examples/project-com-in-5.json";

  private byte[] project;
  private Fami fami;

  /** Loads the project and checks that it is valid. */
  @Setup(Level.Trial)
  public void setUp() {
    project = resource(PROJECT);
    fami = Fami.defaults();
    ValidationReport report = validate();
    if (!report.isValid()) {
      throw new IllegalStateException(PROJECT + " is not valid: " + report.getViolations());
    }
  }

  /** Validates the project. */
  @Benchmark
  public ValidationReport validate() {
    return fami.validate(new ByteArrayInputStream(project), "project-com-in-5.json", ValidationContext.NONE);
  }

  static byte[] resource(String name) {
    try (InputStream in = ProjectLatency.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
