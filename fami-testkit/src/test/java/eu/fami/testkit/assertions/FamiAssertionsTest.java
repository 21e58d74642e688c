package eu.fami.testkit.assertions;

import static eu.fami.testkit.assertions.FamiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.fami.model.DocumentKind;
import eu.fami.model.report.Location;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import eu.fami.rules.SkippedRule;
import eu.fami.rules.ValidationReport;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

class FamiAssertionsTest {
  private static final Violation SHARE =
      Violation.builder()
          .rule("FAMI-BUD-004")
          .severity(Severity.ERROR)
          .location(Location.of("/financing/0/amount", 71, 20))
          .putArguments("cap", "0.75")
          .putArguments("share", "0.80")
          .build();
  private static final Violation LINES =
      Violation.builder()
          .rule("FAMI-BUD-001")
          .severity(Severity.ERROR)
          .location(Location.of("/budget/total"))
          .build();
  private static final Violation GAP =
      Violation.builder()
          .rule("FAMI-MON-002")
          .severity(Severity.WARNING)
          .location(Location.of("/reports/2/quarter", 90, 18))
          .putArguments("missing", "2024-Q1")
          .build();

  private static ValidationReport report(Violation... violations) {
    return ValidationReport.builder()
        .file("project.json")
        .kind(DocumentKind.PROJECT)
        .violations(List.of(violations))
        .addSkipped(SkippedRule.of("FAMI-ELIG-002", Requirement.CALL))
        .libraryVersion("test")
        .ruleSetVersion("test")
        .selection("default")
        .build();
  }

  @Test
  void passingAssertionsChain() {
    assertThat(report())
        .isValid()
        .hasNoErrors()
        .hasNoViolations()
        .skipped("FAMI-ELIG-002")
        .hasOnlyViolations();
    assertThat(report(GAP)).isValid().hasWarnings().hasNoViolation("FAMI-BUD-004");
    assertThat(report(SHARE, LINES, SHARE, GAP))
        .hasErrors()
        .hasOnlyViolations("FAMI-MON-002", "FAMI-BUD-004", "FAMI-BUD-001", "FAMI-BUD-004")
        .hasViolation("FAMI-BUD-004")
        .at("/financing/0/amount")
        .withSeverity(Severity.ERROR)
        .withArgument("cap", "0.75");
    assertThat(SHARE).at("/financing/0/amount").withArgument("share", "0.80");
  }

  @Test
  void chainedConditionsNarrowToTheMatchingViolation() {
    Violation second =
        Violation.builder().from(SHARE).location(Location.of("/financing/1/amount")).build();

    assertThat(report(SHARE, second))
        .hasViolation("FAMI-BUD-004")
        .at("/financing/1/amount")
        .isEqualTo(second);
  }

  @Test
  void failurePrintsTheReportOneLinePerViolation() {
    assertThatThrownBy(() -> assertThat(report(SHARE, GAP)).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            String.join(
                "\n",
                "Expecting a valid report (no error) but got",
                "report of project.json (project): 1 error(s), 1 warning(s)",
                "  ERROR   FAMI-BUD-004 /financing/0/amount 71:20 {cap=0.75, share=0.80}",
                "  WARNING FAMI-MON-002 /reports/2/quarter 90:18 {missing=2024-Q1}",
                "  skipped: FAMI-ELIG-002 (CALL)"));
  }

  @Test
  void unknownPositionAndWholeDocumentArePrintedReadably() {
    Violation whole = Violation.builder().from(LINES).location(Location.of("")).build();

    assertThatThrownBy(() -> assertThat(report(LINES, whole)).hasNoErrors())
        .hasMessageContaining("  ERROR   FAMI-BUD-001 /budget/total - {}")
        .hasMessageContaining("  ERROR   FAMI-BUD-001 (document) - {}");
  }

  @Test
  void eachAssertionFailsWhenItShould() {
    assertThatThrownBy(() -> assertThat(report(GAP)).hasNoViolations())
        .hasMessageStartingWith("Expecting no violation but got");
    assertThatThrownBy(() -> assertThat(report(GAP)).hasErrors())
        .hasMessageStartingWith("Expecting errors but got");
    assertThatThrownBy(() -> assertThat(report(SHARE)).hasWarnings())
        .hasMessageStartingWith("Expecting warnings but got");
    assertThatThrownBy(() -> assertThat(report(GAP)).hasViolation("FAMI-BUD-004"))
        .hasMessageStartingWith("Expecting a violation of FAMI-BUD-004 but got")
        .hasMessageContaining("FAMI-MON-002 /reports/2/quarter");
    assertThatThrownBy(() -> assertThat(report(SHARE)).hasNoViolation("FAMI-BUD-004"))
        .hasMessageStartingWith("Expecting no violation of FAMI-BUD-004 but got");
    assertThatThrownBy(() -> assertThat(report()).skipped("FAMI-BUD-005"))
        .hasMessageStartingWith("Expecting FAMI-BUD-005 to be skipped but got");
    assertThatThrownBy(() -> assertThat((ValidationReport) null).isValid())
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void onlyViolationsIsAMultiset() {
    assertThatThrownBy(() -> assertThat(report(SHARE, SHARE)).hasOnlyViolations("FAMI-BUD-004"))
        .hasMessageStartingWith(
            "Expecting exactly the violations {FAMI-BUD-004=1} (rule=count) but found"
                + " {FAMI-BUD-004=2} in");
    assertThatThrownBy(
            () -> assertThat(report(SHARE)).hasOnlyViolations("FAMI-BUD-004", "FAMI-BUD-001"))
        .hasMessageContaining("but found {FAMI-BUD-004=1}");
  }

  @Test
  void violationConditionsListTheCandidates() {
    assertThatThrownBy(
            () ->
                assertThat(report(SHARE, LINES))
                    .hasViolation("FAMI-BUD-004")
                    .at("/financing/1/amount"))
        .hasMessage(
            String.join(
                "\n",
                "Expecting a violation of FAMI-BUD-004 at \"/financing/1/amount\", found:",
                "  ERROR   FAMI-BUD-004 /financing/0/amount 71:20 {cap=0.75, share=0.80}",
                "in report of project.json (project): 2 error(s), 0 warning(s)",
                "  ERROR   FAMI-BUD-004 /financing/0/amount 71:20 {cap=0.75, share=0.80}",
                "  ERROR   FAMI-BUD-001 /budget/total - {}",
                "  skipped: FAMI-ELIG-002 (CALL)"));
    assertThatThrownBy(
            () ->
                assertThat(report(SHARE))
                    .hasViolation("FAMI-BUD-004")
                    .withSeverity(Severity.WARNING))
        .hasMessageStartingWith(
            "Expecting a violation of FAMI-BUD-004 with severity WARNING, found:");
    assertThatThrownBy(() -> assertThat(SHARE).at("/financing/0/amount").withArgument("cap", "0.9"))
        .hasMessage(
            String.join(
                "\n",
                "Expecting a violation at \"/financing/0/amount\" with argument cap=0.9, found:",
                "  ERROR   FAMI-BUD-004 /financing/0/amount 71:20 {cap=0.75, share=0.80}"));
  }

  @Test
  void descriptionIsKeptAlongTheChain() {
    assertThatThrownBy(
            () -> assertThat(report(SHARE)).as("Liguria").hasViolation("FAMI-BUD-004").at("/x"))
        .hasMessageStartingWith("[Liguria] Expecting a violation of FAMI-BUD-004 at \"/x\"");
  }
}
