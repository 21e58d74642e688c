package eu.fami.model.constraints;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Converts Jakarta Validation property paths to the JSON pointers (RFC 6901) of fami reports; the
 * JSON names of the format are the model's property names.
 *
 * <pre>{@code
 * ViolationPaths.toJsonPointer(violation.getPropertyPath()) // "/budget/lines/3/amount"
 * }</pre>
 */
public final class ViolationPaths {
  private ViolationPaths() {}

  /**
   * The JSON pointer of {@code path} ({@code budget.lines[3].amount} becomes {@code
   * /budget/lines/3/amount}), relative to the validated value: property nodes give their name, a
   * node in a list or map gives its index or key first; bean, container-element, method, parameter
   * and return-value nodes give no name. The whole value is the empty pointer.
   */
  public static String toJsonPointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        appendToken(pointer, node.getKey().toString());
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        appendToken(pointer, node.getName());
      }
    }
    return pointer.toString();
  }

  private static void appendToken(StringBuilder pointer, String token) {
    pointer.append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        pointer.append("~0");
      } else if (c == '/') {
        pointer.append("~1");
      } else {
        pointer.append(c);
      }
    }
  }
}
