package eu.fami.rules.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.fami.model.Project;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.Messages;
import eu.fami.rules.RuleSelection;
import eu.fami.rules.RuleSet;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade end to end: many faults, ordering, selection, extension. */
class FacadeTest {
  private final Fami fami = Fami.defaults();

  private static String comIn5() throws Exception {
    return Files.readString(ExamplesTest.example("project-com-in-5.json"));
  }

  /** A project with faults in many places: every one is reported, in document order. */
  @Test
  void manyFaultsAreAllReportedInDocumentOrder(@TempDir Path dir) throws Exception {
    String text = comIn5()
        .replace("\"code\": \"PROG-COMIN5\"", "\"code\": \"PROG-COMIN5\", \"colour\": \"blue\"")
        .replace("\"start\": \"2023-07-01\"", "\"start\": \"2023-13-45\"")
        .replace("\"specificObjective\": \"OS2\"", "\"specificObjective\": \"OS9\"")
        .replace("\"id\": \"80002950766\"", "\"id\": \"80002950767\"")
        .replace("\"territory\": [\"ITG1\"", "\"territory\": [\"ITZZ\"")
        .replace("{ \"source\": \"EU_AMIF\", \"amount\": 1498000.00 }",
            "{ \"source\": \"EU_AMIF\", \"amount\": 1498000.005 }");
    Path file = dir.resolve("faulty.json");
    Files.writeString(file, text);
    ValidationReport report = fami.validate(file);
    List<String> rules = report.getViolations().stream().map(Violation::getRule).collect(Collectors.toList());
    assertThat(rules)
        .contains(RuleIds.IO_002, RuleIds.IO_003, RuleIds.CAT_001, RuleIds.FMT_003, RuleIds.FMT_006,
            RuleIds.FMT_004);
    assertThat(rules).doesNotContain(RuleIds.FMT_001); // the unreadable start is not "missing" too
    List<Location> locations =
        report.getViolations().stream().map(Violation::getLocation).collect(Collectors.toList());
    assertThat(locations).allMatch(Location::hasPosition);
    for (int i = 1; i < locations.size(); i++) {
      Location a = locations.get(i - 1);
      Location b = locations.get(i);
      assertThat(a.getLine() < b.getLine() || (a.getLine() == b.getLine() && a.getColumn() <= b.getColumn()))
          .as("%s before %s", a, b).isTrue();
    }
    assertThat(report.getViolations()).allMatch(v -> v.getEntity().equals("PROG-COMIN5"));
    for (Violation v : report.getViolations()) {
      for (Locale l : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
        assertThat(fami.messages().render(v, l)).as(v.toString()).doesNotContain("{", "}");
      }
    }
  }

  @Test
  void readerProblemsRenderWithoutPlaceholders() {
    String[] documents = {
      "{\"format\":\"fami/1\",\"kind\":\"call\",\"code\":null,\"opens\":\"2023-13-45\","
          + "\"allocation\":\"ten\",\"colour\":1,\"title\":\"a\",\"title\":\"b\"}",
      "{\"format\":\"fami/2\",\"kind\":\"call\"}",
      "{\"format\":\"fami/1\",\"kind\":\"call\",\"code\":\"" + "x".repeat(200_000) + "\"}",
      "{\"format\":\"fami/1\",\"kind\":\"call\",",
    };
    for (String d : documents) {
      ValidationReport report = fami.validate(d, "hostile.json", ValidationContext.NONE);
      assertThat(report.isValid()).isFalse();
      for (Violation v : report.getViolations()) {
        for (Locale l : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
          assertThat(fami.messages().render(v, l)).as(v.toString()).doesNotContain("{", "}");
        }
      }
    }
  }

  @Test
  void selectionDisablesRulesAndChangesSeverities(@TempDir Path dir) throws Exception {
    Fami profile = Fami.builder()
        .selection(RuleSelection.builder()
            .addDisabledRules(RuleIds.BUD_012)
            .build())
        .build();
    ValidationReport report = profile.validate(ExamplesTest.example("programme-it-2021-2027.json"));
    assertThat(report.getViolations()).isEmpty();
    assertThat(report.getSelection()).contains(RuleIds.BUD_012);

    Fami strict = Fami.builder()
        .selection(RuleSelection.builder().putSeverities(RuleIds.BUD_012, Severity.ERROR).build())
        .build();
    ValidationReport strictReport = strict.validate(ExamplesTest.example("programme-it-2021-2027.json"));
    assertThat(strictReport.isValid()).isFalse();
    assertThat(strictReport.getViolations()).singleElement()
        .satisfies(v -> assertThat(v.getSeverity()).isEqualTo(Severity.ERROR));
  }

  /** A region's own rule with its own id and bundle. */
  static final class AtMostFivePartners implements ProjectRule {
    @Override
    public RuleDefinition definition() {
      return RuleDefinition.builder()
          .id("LIG-001")
          .group("LIG")
          .severity(Severity.ERROR)
          .source("Avviso Regione Liguria 2025, art. 4")
          .messageBundle("eu.fami.rules.facade.region-messages")
          .build();
    }

    @Override
    public void check(ProjectScope scope, Findings findings) {
      int n = scope.getProject().getPartners().size();
      if (n > 5) {
        findings.report("/partners", "count", Integer.toString(n), "max", "5");
      }
    }
  }

  @Test
  void embeddersAddRulesWithTheirOwnIdsAndMessages() {
    Fami regional = Fami.builder()
        .rules(RuleSet.builder().addBuiltIns().add(new AtMostFivePartners()).build())
        .build();
    ValidationReport report = regional.validate(ExamplesTest.example("project-com-in-5.json"));
    assertThat(report.getViolations()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo("LIG-001");
      assertThat(v.getLocation().getPointer()).isEqualTo("/partners");
      assertThat(v.getSource()).isEqualTo("Avviso Regione Liguria 2025, art. 4");
      assertThat(regional.messages().render(v, Locale.ITALIAN)).isEqualTo("Il progetto ha 6 partner, al massimo 5.");
      assertThat(regional.messages().render(v, Locale.ENGLISH)).isEqualTo("The project has 6 partners, at most 5.");
    });
    assertThat(report.getRuleSetVersion()).isNotEqualTo(Fami.defaults().rules().version());
  }

  @Test
  void aDuplicateRuleIdIsRefusedWhenTheRuleSetIsBuilt() {
    assertThatThrownBy(() -> RuleSet.builder().addBuiltIns().add(new AtMostFivePartners())
            .add(new AtMostFivePartners()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LIG-001");
  }

  @Test
  void projectBuiltInCodeIsValidatedAgainstItsCall() {
    Project project = fami.json().read(ExamplesTest.example("project-com-in-5.json"))
        .document(Project.class).orElseThrow();
    ValidationReport report = fami.validateProject(project);
    assertThat(report.isValid()).isTrue();
    ValidationReport withContext = fami.validate(ExamplesTest.example("project-com-in-5.json"),
        ValidationContext.ofCall(fami.json().read(ExamplesTest.example("call-formazione-linguistica-2023.json"))
            .document(eu.fami.model.Call.class).orElseThrow()));
    assertThat(withContext.violationsOf(RuleIds.ELIG_006)).isNotEmpty();
    assertThat(withContext.getSkipped()).isEmpty();
  }

  @Test
  void everyBuiltInRuleHasAMessageInBothLanguages() {
    Messages messages = fami.messages();
    List<String> missing = new ArrayList<>();
    for (RuleDefinition d : fami.rules().definitions()) {
      for (Locale l : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
        String t = messages.template(d.getId(), l).orElse(null);
        if (t == null || t.isBlank() || t.contains("\uFFFD") || t.contains("Ã")) {
          missing.add(d.getId() + "/" + l);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(fami.rules().definitions()).hasSize(RuleIds.ALL.size());
    assertThat(fami.rules().definitions()).extracting(RuleDefinition::getId)
        .containsExactlyInAnyOrderElementsOf(RuleIds.ALL);
  }

  @Test
  void englishIsUsedForEnglishEvenOnAnItalianMachine() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ITALY);
      Messages fresh = Messages.of(RuleSet.builtIn());
      assertThat(fresh.template(RuleIds.BUD_004, Locale.ENGLISH).orElseThrow()).startsWith("EU share");
      assertThat(fresh.template(RuleIds.BUD_004, Locale.ITALIAN).orElseThrow()).startsWith("La quota UE");
    } finally {
      Locale.setDefault(before);
    }
  }
}
