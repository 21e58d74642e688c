package eu.fami.testkit.assertions;

import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a violation, or on the violations of one rule in a report: each condition keeps the
 * violations that meet it and fails when none does, so conditions can be chained.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasViolation("FAMI-BUD-004")
 *     .at("/financing/0/amount")
 *     .withArgument("cap", "75.00%");
 * }</pre>
 */
public class ViolationAssert extends AbstractObjectAssert<ViolationAssert, Violation> {
  private final List<Violation> candidates;
  private final String what;
  private final String report;

  /**
   * An assertion on {@code actual}, the first of {@code candidates}; {@code what} qualifies them in
   * messages ({@code " of FAMI-BUD-004"}), {@code report} is the report they come from (may be
   * null).
   */
  ViolationAssert(Violation actual, List<Violation> candidates, String what, String report) {
    super(actual, ViolationAssert.class);
    this.candidates = candidates;
    this.what = what;
    this.report = report;
  }

  /** The violation is at the JSON pointer {@code pointer} ({@code ""} for the whole document). */
  public ViolationAssert at(String pointer) {
    return keep(v -> v.getLocation().getPointer().equals(pointer), "at \"" + pointer + "\"");
  }

  /** The violation has {@code severity}. */
  public ViolationAssert withSeverity(Severity severity) {
    return keep(v -> v.getSeverity() == severity, "with severity " + severity);
  }

  /** The violation has the argument {@code name} with {@code value}. */
  public ViolationAssert withArgument(String name, String value) {
    return keep(
        v -> value.equals(v.getArguments().get(name)), "with argument " + name + "=" + value);
  }

  private ViolationAssert keep(Predicate<Violation> condition, String expectation) {
    List<Violation> kept = candidates.stream().filter(condition).collect(Collectors.toList());
    if (kept.isEmpty()) {
      failWithMessage(
          "Expecting a violation%s %s, found:%s%s",
          what, expectation, ReportText.lines(candidates), report == null ? "" : "\nin " + report);
    }
    return new ViolationAssert(kept.get(0), kept, what + " " + expectation, report)
        .as(descriptionText());
  }
}
