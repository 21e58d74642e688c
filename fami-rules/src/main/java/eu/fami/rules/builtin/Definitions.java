package eu.fami.rules.builtin;

import eu.fami.model.report.Severity;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;

/** Shorthands for the definitions of built-in rules: the group is read off the id. */
public final class Definitions {
  private Definitions() {}

  /** An ERROR rule. */
  public static RuleDefinition error(String id, String source, Requirement... requires) {
    return of(id, Severity.ERROR, source, requires);
  }

  /** A WARNING rule. */
  public static RuleDefinition warning(String id, String source, Requirement... requires) {
    return of(id, Severity.WARNING, source, requires);
  }

  private static RuleDefinition of(
      String id, Severity severity, String source, Requirement... requires) {
    // FAMI-BUD-004 -> BUD
    String group = id.substring(id.indexOf('-') + 1, id.lastIndexOf('-'));
    return RuleDefinition.builder()
        .id(id)
        .group(group)
        .severity(severity)
        .source(source)
        .addRequires(requires)
        .build();
  }
}
