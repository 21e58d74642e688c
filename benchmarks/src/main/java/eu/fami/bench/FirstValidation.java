package eu.fami.bench;

import eu.fami.rules.Fami;
import eu.fami.rules.ValidationReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The first validation in a fresh JVM, as an embedding application sees it: builds {@link
 * Fami#defaults()}, validates the file given as argument and prints, in milliseconds, the JVM's
 * uptime when {@code main} started, the time to build the validator, the time of the first
 * validation and the uptime at its end: {@code main=41 build=180 validate=95 uptime=316 valid=true}.
 */
public final class FirstValidation {
  private FirstValidation() {}

  /** Validates {@code args[0]} once and prints the times. */
  public static void main(String[] args) {
    long main = ManagementFactory.getRuntimeMXBean().getUptime();
    long t0 = System.nanoTime();
    Fami fami = Fami.defaults();
    long t1 = System.nanoTime();
    ValidationReport report = fami.validate(Path.of(args[0]));
    long t2 = System.nanoTime();
    System.out.printf("main=%d build=%d validate=%d uptime=%d valid=%s%n",
        main, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
        ManagementFactory.getRuntimeMXBean().getUptime(), report.isValid());
  }
}
