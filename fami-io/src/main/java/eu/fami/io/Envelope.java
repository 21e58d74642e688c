package eu.fami.io;

import eu.fami.model.DocumentKind;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;

/**
 * The {@code format} and {@code kind} of a top-level document. The reader owns them: they are not
 * part of the model, so it reports them missing (FAMI-FMT-001), unsupported (FAMI-IO-006) or of the
 * wrong type (FAMI-IO-003).
 */
final class Envelope {
  static final Fields FIELDS = Fields.of("format", "kind");
  static final String KINDS = "one of: programme, call, project, report, dataset";

  /** The kind a caller requires ({@code openDataset}), or null for any. */
  private final DocumentKind required;
  String format;
  boolean formatSeen;
  DocumentKind kind;
  boolean kindSeen;

  Envelope(DocumentKind required) {
    this.required = required;
  }

  /** Whether {@code format} is one this reader (minor version 0) reads. */
  static boolean supported(String format) {
    return "fami/1".equals(format) || "fami/1.0".equals(format);
  }

  /** Reads member {@code name} ({@code format} or {@code kind}), the parser on its value. */
  void member(Session s, String name) {
    if (name.equals("format")) {
      formatSeen = true;
      format = s.string();
      if (format != null && !supported(format)) {
        s.atValue(RuleIds.IO_006, "property", "format", "value", Session.truncate(format),
            "expected", "fami/1 (minor version 0)");
      }
    } else {
      kindSeen = true;
      String text = s.string();
      if (text != null) {
        kind = DocumentKind.fromCode(text).orElse(null);
        if (kind == null || (required != null && kind != required)) {
          s.atValue(RuleIds.IO_006, "property", "kind", "value", Session.truncate(text),
              "expected", required == null ? KINDS : required.code());
          if (required != null) {
            kind = null;
          }
        }
      }
    }
  }

  /** Reports a missing {@code format} or {@code kind} at the root, unless reading stopped early. */
  void finish(Session s, int rootLine, int rootColumn) {
    if (s.fatal) {
      return;
    }
    if (!formatSeen) {
      s.add(RuleIds.FMT_001, Severity.ERROR, s.nodes.prefix() + "/format", rootLine, rootColumn,
          "property", "format");
    }
    if (!kindSeen) {
      s.add(RuleIds.FMT_001, Severity.ERROR, s.nodes.prefix() + "/kind", rootLine, rootColumn,
          "property", "kind");
    }
  }
}
