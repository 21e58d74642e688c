package eu.fami.rules.spi;

/**
 * A rule over one project (with its call, when known, and its period's catalogue). Also run on a
 * {@code report} document, as if the report were appended to its project.
 */
public interface ProjectRule extends Rule {
  /** Checks one project; pointers are relative to the project. */
  void check(ProjectScope scope, Findings findings);
}
