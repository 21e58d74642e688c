package eu.fami.io;

/**
 * What a value should have been, for FAMI-IO-003: the message variant that says it in each
 * language ({@code FAMI-IO-003.date}), the English description kept in the {@code expected}
 * argument, and for a closed list the codes allowed ({@code allowed}).
 */
final class Expected {
  static final Expected OBJECT = new Expected("object", "object", null);
  static final Expected ARRAY = new Expected("array", "array", null);
  static final Expected STRING = new Expected("string", "string", null);
  static final Expected BOOLEAN = new Expected("boolean", "boolean", null);
  static final Expected DATE = new Expected("date", "date (yyyy-MM-dd)", null);
  static final Expected NUMBER = new Expected("number", "number", null);
  static final Expected INTEGER = new Expected("integer", "integer", null);

  final String variant;
  final String text;
  final String allowed;

  private Expected(String variant, String text, String allowed) {
    this.variant = variant;
    this.text = text;
    this.allowed = allowed;
  }

  /** One of the codes {@code allowed} (comma-separated). */
  static Expected oneOf(String allowed) {
    return new Expected("oneOf", "one of: " + allowed, allowed);
  }

  /** The arguments of an IO-003 violation for a value {@code value}. */
  String[] arguments(String value) {
    return allowed == null
        ? new String[] {"variant", variant, "expected", text, "value", value}
        : new String[] {"variant", variant, "expected", text, "allowed", allowed, "value", value};
  }
}
