package eu.fami.rules.render;

import java.util.Locale;
import java.util.Optional;

/** The renderings of a report. */
public enum ReportFormat {
  /** For people: grouped by document and project, with line, pointer and message. */
  TEXT,
  /** One JSON object per report (JSON Lines for several), the shape of DESIGN.md section 5. */
  JSON,
  /** One row per violation: file, entity, rule, severity, pointer, line, column, message. */
  CSV;

  /** The format named {@code name} ({@code text}, {@code json}, {@code csv}), if any. */
  public static Optional<ReportFormat> fromName(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
