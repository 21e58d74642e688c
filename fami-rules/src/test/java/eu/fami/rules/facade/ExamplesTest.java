package eu.fami.rules.facade;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Dataset;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import eu.fami.rules.render.ReportFormat;
import eu.fami.rules.render.ReportRenderer;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example documents give exactly the outcomes of examples/documents/README.md. */
class ExamplesTest {
  static final Path EXAMPLES = Path.of("..", "examples", "documents");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden-reports");
  private final Fami fami = Fami.defaults();

  static Path example(String name) {
    return EXAMPLES.resolve(name);
  }

  @ParameterizedTest(name = "{0}: valid, warnings {1}")
  @CsvSource({
    "project-com-in-5.json, ''",
    "project-lab-impact-2463.json, ''",
    "programme-it-2021-2027.json, FAMI-BUD-012",
    "call-formazione-linguistica-2023.json, ''",
    "dataset-formazione-linguistica.json, FAMI-BUD-012",
    "report-fl-lig-2024-q1.json, ''",
  })
  void exampleOutcome(String file, String warnings) {
    ValidationReport report = fami.validate(example(file));
    assertThat(report.isValid()).as(report.toString()).isTrue();
    assertThat(report.getViolations().stream().map(Violation::getRule).collect(Collectors.joining(",")))
        .isEqualTo(warnings);
  }

  @Test
  void programmeShareWarningIsOnOs2WithBothShares() {
    Violation v = fami.validate(example("programme-it-2021-2027.json")).getViolations().get(0);
    assertThat(v.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(v.getLocation().getPointer()).isEqualTo("/allocations/1/declaredShare");
    assertThat(v.getLocation().getLine()).isEqualTo(11);
    assertThat(v.getArguments()).containsEntry("declared", "36.30%").containsEntry("computed", "40.69%");
  }

  @Test
  void projectsWithoutCallSkipTheCallRules() {
    ValidationReport report = fami.validate(example("project-com-in-5.json"));
    assertThat(report.getSkipped())
        .allMatch(s -> s.getReason() == Requirement.CALL)
        .extracting(s -> s.getRule())
        .contains(RuleIds.ELIG_002, RuleIds.ELIG_005, RuleIds.BUD_005, RuleIds.BUD_008);
  }

  @Test
  void reportWithoutContextSkipsTheProjectRules() {
    ValidationReport report = fami.validate(example("report-fl-lig-2024-q1.json"));
    assertThat(report.isValid()).isTrue();
    assertThat(report.getSkipped())
        .allMatch(s -> s.getReason() == Requirement.PROJECT_CONTEXT)
        .extracting(s -> s.getRule())
        .contains(RuleIds.MON_004, RuleIds.OVL_003);
  }

  @Test
  void reportInContextHasNoViolationOfItsOwn() {
    Dataset context = fami.json().read(example("dataset-formazione-linguistica.json"))
        .document(Dataset.class).orElseThrow();
    ValidationReport report =
        fami.validate(example("report-fl-lig-2024-q1.json"), ValidationContext.ofDataset(context));
    assertThat(report.getViolations()).isEmpty();
    assertThat(report.getSkipped()).isEmpty();
  }

  @Test
  void streamedDatasetEqualsDatasetInMemory() {
    Dataset dataset = fami.json().read(example("dataset-formazione-linguistica.json"))
        .document(Dataset.class).orElseThrow();
    List<Violation> inMemory = fami.validateDataset(dataset).getViolations();
    List<Violation> streamed = fami.validate(example("dataset-formazione-linguistica.json")).getViolations();
    assertThat(streamed).extracting(v -> v.getRule() + v.getLocation().getPointer() + v.getArguments())
        .isEqualTo(inMemory.stream().map(v -> v.getRule() + v.getLocation().getPointer() + v.getArguments())
            .collect(Collectors.toList()));
  }

  /** Golden reports pin the JSON rendering (versions and file names masked). */
  @ParameterizedTest(name = "golden report of {0} in {1}")
  @CsvSource({
    "programme-it-2021-2027.json, en",
    "programme-it-2021-2027.json, it",
    "dataset-formazione-linguistica.json, en",
    "project-com-in-5.json, it",
  })
  void goldenJsonReport(String file, String lang) throws IOException {
    ValidationReport report = fami.validate(example(file));
    String json = ReportRenderer.of(fami.messages(), Locale.forLanguageTag(lang))
        .toString(ReportFormat.JSON, report)
        .replace(report.getLibraryVersion(), "LIB")
        .replace(report.getRuleSetVersion(), "RULES")
        .replace(String.valueOf(report.getCatalogueVersion()), "CAT");
    Path golden = GOLDEN.resolve(file.replace(".json", "." + lang + ".json"));
    if (Boolean.getBoolean("fami.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
