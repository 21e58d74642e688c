package eu.fami.examples;

import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import eu.fami.rules.render.ReportFormat;
import eu.fami.rules.render.ReportRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An integrator's batch job: validates a (large) dataset file while it streams, writes the JSON
 * report and a CSV of the violations, and exits with 0 (valid), 1 (errors) or 2 (unreadable input).
 *
 * <pre>{@code int code = BatchJob.run(Path.of("national.json"), Path.of("out"));}</pre>
 */
public final class BatchJob {
  private BatchJob() {}

  /** Command-line entry: {@code BatchJob DATASET OUTPUT_DIR}. */
  public static void main(String[] args) throws IOException {
    System.exit(run(Path.of(args[0]), Path.of(args[1])));
  }

  /** Validates {@code dataset}, writes {@code report.json} and {@code violations.csv} into {@code out}. */
  public static int run(Path dataset, Path out) throws IOException {
    if (!Files.isReadable(dataset)) {
      return 2;
    }
    Fami fami = Fami.defaults();
    AtomicLong errors = new AtomicLong();
    // violations arrive per project while the file streams: here we only count them
    ValidationReport report = fami.validate(dataset, ValidationContext.NONE, (Violation v) -> {
      if (v.isError()) {
        errors.incrementAndGet();
      }
    });
    Files.createDirectories(out);
    ReportRenderer renderer = ReportRenderer.of(fami.messages(), Locale.ENGLISH);
    try (Writer w = Files.newBufferedWriter(out.resolve("report.json"), StandardCharsets.UTF_8)) {
      renderer.render(ReportFormat.JSON, report, w);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("violations.csv"), StandardCharsets.UTF_8)) {
      renderer.render(ReportFormat.CSV, report, w);
    }
    return errors.get() == 0 ? 0 : 1;
  }
}
