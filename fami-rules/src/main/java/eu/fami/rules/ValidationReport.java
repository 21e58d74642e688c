package eu.fami.rules;

import eu.fami.model.DocumentKind;
import eu.fami.model.Nullable;
import eu.fami.model.report.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The outcome of validating one document: violations in document order (dataset-wide findings
 * after the last project), the rules skipped and why, the selection in force, and the versions of
 * library, catalogue and rule set used, so that a result can be reproduced. {@code valid} means no
 * ERROR.
 *
 * <pre>{@code
 * ValidationReport report = fami.validate(Path.of("project.json"));
 * if (!report.isValid()) report.getViolations().forEach(v -> System.out.println(v.getRule()));
 * }</pre>
 */
@Value.Immutable
public interface ValidationReport {
  /** How many locations a {@link RuleSummary} keeps. */
  int SUMMARY_LOCATIONS = 5;

  /** The file or source name, if the document came from one. */
  @Nullable
  String getFile();

  /** The document kind, if it could be read. */
  @Nullable
  DocumentKind getKind();

  /** Violations in document order. */
  List<Violation> getViolations();

  /** Rules that did not run, and why (each rule and reason once). */
  List<SkippedRule> getSkipped();

  /** Version of the library. */
  String getLibraryVersion();

  /** Version (content hash) of the catalogue used, if one was. */
  @Nullable
  String getCatalogueVersion();

  /** Version (content hash) of the rule set used. */
  String getRuleSetVersion();

  /** The rule selection in force. */
  String getSelection();

  /** Number of errors. */
  @Value.Derived
  default long getErrorCount() {
    return getViolations().stream().filter(Violation::isError).count();
  }

  /** Number of warnings. */
  @Value.Derived
  default long getWarningCount() {
    return getViolations().size() - getErrorCount();
  }

  /** Whether the document has no error. */
  default boolean isValid() {
    return getErrorCount() == 0;
  }

  /** Violations of rule {@code ruleId}. */
  default List<Violation> violationsOf(String ruleId) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : getViolations()) {
      if (v.getRule().equals(ruleId)) {
        out.add(v);
      }
    }
    return out;
  }

  /** Counts per rule with the first few locations, in order of first appearance. */
  default List<RuleSummary> summary() {
    Map<String, ImmutableRuleSummary.Builder> byRule = new LinkedHashMap<>();
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Violation v : getViolations()) {
      ImmutableRuleSummary.Builder b =
          byRule.computeIfAbsent(
              v.getRule(), r -> ImmutableRuleSummary.builder().rule(r).severity(v.getSeverity()));
      long[] n = counts.computeIfAbsent(v.getRule(), r -> new long[1]);
      if (n[0]++ < SUMMARY_LOCATIONS) {
        b.addFirstLocations(v.getLocation());
      }
    }
    List<RuleSummary> out = new ArrayList<>();
    byRule.forEach((rule, b) -> out.add(b.count(counts.get(rule)[0]).build()));
    return out;
  }

  /** A builder. */
  static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }
}
