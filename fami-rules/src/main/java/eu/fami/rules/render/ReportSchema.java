package eu.fami.rules.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the JSON rendering of a report ({@link ReportRenderer#json}),
 * as published by {@code fami schema validation-report}.
 *
 * <pre>{@code String schema = ReportSchema.json();}</pre>
 */
public final class ReportSchema {
  private static final String TEXT = load();

  private ReportSchema() {}

  /** The schema as JSON text. */
  public static String json() {
    return TEXT;
  }

  private static String load() {
    try (InputStream in = ReportSchema.class.getResourceAsStream("validation-report.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("validation-report.schema.json is missing from the library");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
