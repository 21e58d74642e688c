package eu.fami.rules.builtin.overlap;

import eu.fami.rules.spi.ProjectScope;

/** How an overlap finding names another project: its code, or its pointer when it has none. */
final class ProjectLabel {
  private ProjectLabel() {}

  /** The project's code when present and not blank, otherwise its pointer ({@code /projects/3}). */
  static String of(ProjectScope scope) {
    String code = scope.getProject().getCode();
    return code == null || code.isBlank() ? scope.getPointer() : code;
  }
}
