package eu.fami.rules.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.fami.model.report.Location;
import eu.fami.model.report.Violation;
import eu.fami.rules.Messages;
import eu.fami.rules.RuleSummary;
import eu.fami.rules.SkippedRule;
import eu.fami.rules.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders reports as text, JSON or CSV, with messages in one locale. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportRenderer.of(fami.messages(), Locale.ITALIAN).render(ReportFormat.TEXT, report, writer);
 * }</pre>
 */
public final class ReportRenderer {
  /** Header row of the CSV rendering. */
  public static final String CSV_HEADER = "file,entity,rule,severity,pointer,line,column,message";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Messages messages;
  private final Locale locale;

  private ReportRenderer(Messages messages, Locale locale) {
    this.messages = messages;
    this.locale = Messages.supported(locale);
  }

  /** A renderer with {@code messages} in {@code locale} (Italian or English). */
  public static ReportRenderer of(Messages messages, Locale locale) {
    return new ReportRenderer(messages, locale);
  }

  /** Renders {@code report} in {@code format}; CSV includes its header row. */
  public void render(ReportFormat format, ValidationReport report, Writer out) throws IOException {
    switch (format) {
      case TEXT:
        text(report, out);
        break;
      case JSON:
        json(report, out);
        out.write('\n');
        break;
      case CSV:
        out.write(CSV_HEADER);
        out.write("\r\n");
        csvRows(report, out);
        break;
      default:
        throw new AssertionError(format);
    }
  }

  /**
   * The text rendering: a heading per document, violations grouped by entity, skipped rules; one
   * line per item, submitted values made {@link #printable}.
   */
  public void text(ValidationReport report, Writer out) throws IOException {
    out.write(printable(Objects.requireNonNullElse(report.getFile(), label("report.document"))));
    if (report.getKind() != null) {
      out.write(" (" + report.getKind().code() + ")");
    }
    out.write(": " + label(report.isValid() ? "report.valid" : "report.invalid") + ", "
        + report.getErrorCount() + " " + label("report.errors") + ", "
        + report.getWarningCount() + " " + label("report.warnings") + "\n");
    String entity = null;
    for (Violation v : report.getViolations()) {
      if (v.getEntity() != null && !v.getEntity().equals(entity)) {
        entity = v.getEntity();
        out.write("  [" + printable(entity) + "]\n");
      }
      out.write("  " + v.getSeverity() + " " + v.getRule() + " " + printable(position(v.getLocation()))
          + "\n");
      out.write("      " + printable(messages.render(v, locale)) + "\n");
    }
    Map<String, StringBuilder> skippedByReason = new LinkedHashMap<>();
    for (SkippedRule s : report.getSkipped()) {
      StringBuilder ids =
          skippedByReason.computeIfAbsent(s.getReason().name(), r -> new StringBuilder());
      ids.append(ids.length() == 0 ? "" : ", ").append(s.getRule());
    }
    for (Map.Entry<String, StringBuilder> e : skippedByReason.entrySet()) {
      String reason = label("report.reason." + e.getKey());
      out.write("  " + messages.label("report.skipped", locale, Map.of("reason", reason)) + ": "
          + e.getValue() + "\n");
    }
  }

  /** The per-rule summary as text: count and first locations of each rule. */
  public void summaryText(ValidationReport report, Writer out) throws IOException {
    out.write(label("report.summary") + ":\n");
    for (RuleSummary s : report.summary()) {
      out.write("  " + s.getRule() + " " + s.getSeverity() + " x" + s.getCount() + ":");
      for (Location l : s.getFirstLocations()) {
        out.write(" " + position(l));
      }
      out.write("\n");
    }
  }

  /** The JSON rendering, on one line. */
  public void json(ValidationReport report, Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("file", report.getFile());
      g.writeStringField("kind", report.getKind() == null ? null : report.getKind().code());
      g.writeBooleanField("valid", report.isValid());
      g.writeNumberField("errors", report.getErrorCount());
      g.writeNumberField("warnings", report.getWarningCount());
      g.writeArrayFieldStart("violations");
      for (Violation v : report.getViolations()) {
        writeViolation(g, v);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("skipped");
      for (SkippedRule s : report.getSkipped()) {
        g.writeStartObject();
        g.writeStringField("rule", s.getRule());
        g.writeStringField("reason", s.getReason().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("summary");
      for (RuleSummary s : report.summary()) {
        g.writeStartObject();
        g.writeStringField("rule", s.getRule());
        g.writeStringField("severity", s.getSeverity().name());
        g.writeNumberField("count", s.getCount());
        g.writeArrayFieldStart("first");
        for (Location l : s.getFirstLocations()) {
          writeLocation(g, l);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("library", report.getLibraryVersion());
      g.writeStringField("catalogue", report.getCatalogueVersion());
      g.writeStringField("ruleSet", report.getRuleSetVersion());
      g.writeStringField("selection", report.getSelection());
      g.writeEndObject();
    }
  }

  private void writeViolation(JsonGenerator g, Violation v) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", v.getRule());
    g.writeStringField("severity", v.getSeverity().name());
    g.writeStringField("path", v.getLocation().getPointer());
    if (v.getLocation().hasPosition()) {
      g.writeNumberField("line", v.getLocation().getLine());
      g.writeNumberField("column", v.getLocation().getColumn());
    }
    if (v.getEntity() != null) {
      g.writeStringField("entity", v.getEntity());
    }
    g.writeStringField("message", messages.render(v, locale));
    g.writeStringField("source", v.getSource());
    g.writeObjectFieldStart("arguments");
    for (Map.Entry<String, String> a : v.getArguments().entrySet()) {
      g.writeStringField(a.getKey(), a.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeLocation(JsonGenerator g, Location l) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", l.getPointer());
    if (l.hasPosition()) {
      g.writeNumberField("line", l.getLine());
      g.writeNumberField("column", l.getColumn());
    }
    g.writeEndObject();
  }

  /** The CSV rows (RFC 4180, CRLF line ends), without the header. */
  public void csvRows(ValidationReport report, Writer out) throws IOException {
    for (Violation v : report.getViolations()) {
      Location l = v.getLocation();
      List<String> cells =
          List.of(
              Objects.requireNonNullElse(report.getFile(), ""),
              Objects.requireNonNullElse(v.getEntity(), ""),
              v.getRule(),
              v.getSeverity().name(),
              l.getPointer(),
              l.hasPosition() ? Integer.toString(l.getLine()) : "",
              l.hasPosition() ? Integer.toString(l.getColumn()) : "",
              messages.render(v, locale));
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(csvCell(cells.get(i)));
      }
      out.write("\r\n");
    }
  }

  /** Quotes a CSV cell when it holds a comma, a quote or a line break (RFC 4180). */
  static String csvCell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * {@code s} with the characters that would act on a terminal or forge report lines (controls,
   * line and paragraph separators, bidirectional overrides) written as {@code \\uXXXX}: the text
   * rendering shows submitted values, and one line of it must stay one line.
   */
  static String printable(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escape = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      if (escape && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (escape) {
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static String position(Location l) {
    String pointer = l.getPointer().isEmpty() ? "/" : l.getPointer();
    return l.hasPosition() ? l.getLine() + ":" + l.getColumn() + " " + pointer : pointer;
  }

  private String label(String key) {
    return messages.label(key, locale, Map.of());
  }

  /** Renders to a string (for tests and small reports). */
  public String toString(ReportFormat format, ValidationReport report) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      render(format, report, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
