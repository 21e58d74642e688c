package eu.fami.testkit.assertions;

import eu.fami.model.report.Violation;
import eu.fami.rules.SkippedRule;
import eu.fami.rules.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationReport}; every failure prints the report, one line per violation
 * (severity, rule, pointer, line:column, arguments).
 *
 * <pre>{@code assertThat(report).hasErrors().hasOnlyViolations("FAMI-BUD-001", "FAMI-BUD-001");}
 * </pre>
 */
public class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {
  /** Assertions on {@code actual}. */
  public ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /** The report is valid: it has no ERROR (warnings are allowed). */
  public ValidationReportAssert isValid() {
    isNotNull();
    if (!actual.isValid()) {
      fail("Expecting a valid report (no error) but got");
    }
    return this;
  }

  /** The same as {@link #isValid()}, reading better beside {@link #hasWarnings()}. */
  public ValidationReportAssert hasNoErrors() {
    return isValid();
  }

  /** The report has no violation at all, neither error nor warning. */
  public ValidationReportAssert hasNoViolations() {
    isNotNull();
    if (!actual.getViolations().isEmpty()) {
      fail("Expecting no violation but got");
    }
    return this;
  }

  /** The report has at least one ERROR. */
  public ValidationReportAssert hasErrors() {
    isNotNull();
    if (actual.getErrorCount() == 0) {
      fail("Expecting errors but got");
    }
    return this;
  }

  /** The report has at least one WARNING. */
  public ValidationReportAssert hasWarnings() {
    isNotNull();
    if (actual.getWarningCount() == 0) {
      fail("Expecting warnings but got");
    }
    return this;
  }

  /** The report has a violation of {@code ruleId}; the returned assertion narrows down to it. */
  public ViolationAssert hasViolation(String ruleId) {
    isNotNull();
    List<Violation> found = actual.violationsOf(ruleId);
    if (found.isEmpty()) {
      fail("Expecting a violation of " + ruleId + " but got");
    }
    return new ViolationAssert(found.get(0), found, " of " + ruleId, ReportText.of(actual))
        .as(descriptionText());
  }

  /** The report has no violation of {@code ruleId}. */
  public ValidationReportAssert hasNoViolation(String ruleId) {
    isNotNull();
    if (!actual.violationsOf(ruleId).isEmpty()) {
      fail("Expecting no violation of " + ruleId + " but got");
    }
    return this;
  }

  /**
   * The rule ids of the violations are exactly {@code ruleIds}, as a multiset: each id as many
   * times as given, in any order, and nothing else.
   */
  public ValidationReportAssert hasOnlyViolations(String... ruleIds) {
    isNotNull();
    TreeMap<String, Integer> expected = count(Arrays.asList(ruleIds));
    TreeMap<String, Integer> actualIds =
        count(actual.getViolations().stream().map(Violation::getRule).collect(Collectors.toList()));
    if (!expected.equals(actualIds)) {
      fail(
          "Expecting exactly the violations "
              + expected
              + " (rule=count) but found "
              + actualIds
              + " in");
    }
    return this;
  }

  /** The report says {@code ruleId} was skipped (for instance, a call rule without the call). */
  public ValidationReportAssert skipped(String ruleId) {
    isNotNull();
    if (actual.getSkipped().stream().map(SkippedRule::getRule).noneMatch(ruleId::equals)) {
      fail("Expecting " + ruleId + " to be skipped but got");
    }
    return this;
  }

  private void fail(String expectation) {
    failWithMessage("%s%n%s", expectation, ReportText.of(actual));
  }

  private static TreeMap<String, Integer> count(List<String> ids) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (String id : ids) {
      counts.merge(id, 1, Integer::sum);
    }
    return counts;
  }
}
