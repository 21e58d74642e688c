package eu.fami.rules.builtin;

import eu.fami.rules.builtin.Check.Finding;
import java.util.HashMap;
import java.util.Map;

/** Expected findings of rule tests, written as a pointer and name, value pairs. */
final class ExpectedFindings {
  private ExpectedFindings() {}

  /** The finding at {@code pointer} with the arguments given as name, value pairs. */
  static Finding finding(String pointer, String... nameValuePairs) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      args.put(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return new Finding(pointer, Map.copyOf(args));
  }
}
