package eu.fami.rules.spi;

import java.util.Map;

/**
 * Where a rule reports what it found. Pointers are JSON pointers relative to the scope being
 * checked (the project, call or programme); the engine adds the document prefix, the rule id, the
 * severity in force, the source, and the line and column.
 *
 * <pre>{@code findings.report("/financing/0/amount", "share", "0.80", "cap", "0.75");}</pre>
 */
public interface Findings {
  /** Reports a finding at {@code pointer} with named message arguments. */
  void report(String pointer, Map<String, String> arguments);

  /**
   * Reports a finding at {@code pointer} with arguments given as name, value pairs.
   *
   * @throws IllegalArgumentException if {@code nameValuePairs} has an odd length (a rule bug)
   */
  default void report(String pointer, String... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("arguments must be name, value pairs");
    }
    Map<String, String> args = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      args.put(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    report(pointer, args);
  }
}
