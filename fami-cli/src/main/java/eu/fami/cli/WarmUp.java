package eu.fami.cli;

import eu.fami.rules.Fami;
import eu.fami.rules.Messages;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import eu.fami.rules.render.ReportRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Validates and renders a small built-in project once, on a daemon thread, while the main thread
 * starts picocli and parses the arguments: on two cores, loading and first running the validator
 * (catalogues, rules, reader, messages) then overlaps with picocli's start-up, the two largest parts
 * of a {@code fami validate} that checks one document. Whatever happens here is ignored: the real
 * run does everything again on its own.
 */
final class WarmUp implements Runnable {
  /** A small project that exercises the reader, the field checks and the project rules. */
  private static final String PROJECT = "{\"format\":\"fami/1\",\"kind\":\"project\","
      + "\"period\":\"2021-2027\",\"programme\":\"IT-PN-FAMI-2021-2027\",\"code\":\"WARM-UP\","
      + "\"title\":\"Warm-up\",\"classification\":{\"specificObjective\":\"OS2\","
      + "\"implementationMeasure\":\"2.d\",\"scopeOfSupport\":\"2.h\",\"nationalActions\":[\"b\"]},"
      + "\"start\":\"2024-01-01\",\"end\":\"2024-12-31\",\"territory\":[\"ITC4\"],"
      + "\"partners\":[{\"id\":\"80050050154\",\"legalForm\":\"REGION\",\"role\":\"LEAD\"}],"
      + "\"budget\":{\"costMethod\":\"LUMP_SUMS\",\"lines\":[{\"partner\":\"80050050154\","
      + "\"category\":\"STAFF\",\"amount\":1000.00}],\"total\":1000.00},"
      + "\"financing\":[{\"source\":\"EU_AMIF\",\"amount\":500.00},"
      + "{\"source\":\"NATIONAL_ROTATION_FUND\",\"amount\":500.00}],"
      + "\"reports\":[{\"quarter\":\"2024-Q1\",\"expenditure\":[{\"partner\":\"80050050154\","
      + "\"category\":\"STAFF\",\"amount\":100.00,\"document\":\"D-1\",\"date\":\"2024-03-01\"}]}]}";

  private WarmUp() {}

  /** Starts the warm-up when {@code args} run {@code fami validate}. */
  static void startFor(String[] args) {
    if (args.length > 0 && args[0].equals("validate")) {
      Thread t = new Thread(new WarmUp(), "fami-warm-up");
      t.setDaemon(true);
      t.setUncaughtExceptionHandler((thread, e) -> {});
      t.start();
    }
  }

  @Override
  public void run() {
    Fami fami = Fami.defaults();
    ValidationReport report = fami.validate(PROJECT, "warm-up", ValidationContext.NONE);
    try {
      ReportRenderer.of(fami.messages(), Messages.supported(Locale.getDefault()))
          .text(report, Writer.nullWriter());
    } catch (IOException e) {
      // a null writer does not fail
    }
  }
}
