package eu.fami.cli;

import static eu.fami.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code fami validate} through the real entry point: outcomes, JSON shape, exit codes. */
class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATASET = "dataset-formazione-linguistica.json";

  @TempDir Path dir;

  /** The outcomes stated in examples/documents/README.md. */
  @ParameterizedTest(name = "{0} {1}: valid, warnings [{2}]")
  @CsvSource(delimiter = '|', value = {
      "project-com-in-5.json                 | ''              | ''",
      "project-lab-impact-2463.json          | ''              | ''",
      "programme-it-2021-2027.json           | ''              | FAMI-BUD-012",
      "call-formazione-linguistica-2023.json | ''              | ''",
      "dataset-formazione-linguistica.json   | ''              | FAMI-BUD-012",
      "report-fl-lig-2024-q1.json            | --context       | ''",
  })
  void everyExampleHasItsDocumentedOutcome(String example, String context, String warnings)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
    if (!context.isEmpty()) {
      args.add(context);
      args.add(example(DATASET));
    }
    args.add(example(example));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode report = JSON.readTree(r.out);
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("errors").asInt()).isZero();
    List<String> rules = new ArrayList<>();
    report.get("violations").forEach(v -> rules.add(v.get("rule").asText()));
    assertThat(rules).containsExactlyElementsOf(
        warnings.isEmpty() ? List.of() : List.of(warnings.split(",")));
    assertThat(report.get("warnings").asInt()).isEqualTo(rules.size());
  }

  @Test
  void aReportWithoutItsProjectIsValidAndSaysWhichRulesWereSkipped() throws IOException {
    Cli r = Cli.run("validate", "--format", "json", example("report-fl-lig-2024-q1.json"));
    assertThat(r.code).isZero();
    JsonNode report = JSON.readTree(r.out);
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("skipped")).isNotEmpty();
    report.get("skipped").forEach(s -> assertThat(s.get("reason").asText()).isEqualTo("PROJECT_CONTEXT"));
  }

  @Test
  void theJsonReportHasTheDocumentedFields() throws IOException {
    Cli r = Cli.run("validate", "--format", "json", example("programme-it-2021-2027.json"));
    JsonNode report = JSON.readTree(r.out);
    assertThat(report.fieldNames()).toIterable()
        .contains("file", "kind", "valid", "errors", "warnings", "violations", "skipped", "summary");
    assertThat(report.get("file").asText()).endsWith("programme-it-2021-2027.json");
    assertThat(report.get("kind").asText()).isEqualTo("programme");
    JsonNode v = report.get("violations").get(0);
    assertThat(v.fieldNames()).toIterable()
        .contains("rule", "severity", "path", "line", "column", "message", "source");
    assertThat(v.get("rule").asText()).isEqualTo("FAMI-BUD-012");
    assertThat(v.get("severity").asText()).isEqualTo("WARNING");
    assertThat(v.get("path").asText()).isEqualTo("/allocations/1/declaredShare");
    assertThat(v.get("line").asInt()).isPositive();
    assertThat(v.get("column").asInt()).isPositive();
    assertThat(v.get("message").asText()).contains("OS2");
    assertThat(report.get("summary").get(0).get("count").asInt()).isEqualTo(1);
  }

  @Test
  void severalFilesGiveJsonLinesEachValidAgainstThePublishedSchema() throws IOException {
    Cli r = Cli.run("validate", "--format", "json", "--summary",
        example("project-com-in-5.json"), example("programme-it-2021-2027.json"),
        example(DATASET), malformed().toString());
    assertThat(r.code).isEqualTo(FamiCli.INVALID);
    String[] lines = r.out.split("\n");
    assertThat(lines).hasSize(4);
    Cli schemaRun = Cli.run("schema", "validation-report");
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.readTree(schemaRun.out));
    for (String line : lines) {
      JsonNode report = JSON.readTree(line);
      assertThat(schema.validate(report)).as(line).isEmpty();
    }
    assertThat(JSON.readTree(lines[3]).get("valid").asBoolean()).isFalse();
  }

  @Test
  void theValidationReportSchemaRejectsAnotherShape() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.readTree(Cli.run("schema", "validation-report").out));
    ObjectNode report = (ObjectNode) JSON.readTree(
        Cli.run("validate", "--format", "json", example("programme-it-2021-2027.json")).out);
    assertThat(schema.validate(report)).isEmpty();
    ((ObjectNode) report.get("violations").get(0)).remove("rule");
    report.put("colour", "red");
    assertThat(schema.validate(report)).hasSize(2);
  }

  @Test
  void anEuShareAboveTheCapIsAnErrorAndExitCodeOne() throws IOException {
    String project = Files.readString(Path.of(example("project-com-in-5.json")));
    String raised = project
        .replace("{ \"source\": \"EU_AMIF\", \"amount\": 1498000.00 }",
            "{ \"source\": \"EU_AMIF\", \"amount\": 2300000.00 }")
        .replace("{ \"source\": \"NATIONAL_ROTATION_FUND\", \"amount\": 1498000.00 }",
            "{ \"source\": \"NATIONAL_ROTATION_FUND\", \"amount\": 696000.00 }");
    assertThat(raised).isNotEqualTo(project);
    Path file = Files.writeString(dir.resolve("eu-share.json"), raised);

    Cli r = Cli.run("validate", "--lang", "en", file.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(FamiCli.INVALID);
    assertThat(r.out).contains("invalid").contains("ERROR FAMI-BUD-004");
  }

  @Test
  void malformedJsonIsAnErrorOfItsOwnWithLineAndColumn() throws IOException {
    Cli r = Cli.run("validate", "--format", "csv", malformed().toString());
    assertThat(r.code).isEqualTo(FamiCli.INVALID);
    assertThat(r.out.split("\r\n")).hasSize(2);
    assertThat(r.out.split("\r\n")[1]).contains(",FAMI-IO-001,ERROR,").contains(",3,");
  }

  @ParameterizedTest(name = "usage error: {0}")
  @ValueSource(strings = {
      "validate",
      "validate --format xml examples/x.json",
      "validate --lang de PROJECT",
      "validate --bogus PROJECT",
      "validate --disable FAMI-NOPE-001 PROJECT",
      "validate no-such-file.json",
      "validate --context no-such-file.json PROJECT",
      "frobnicate",
  })
  void usageErrorsAndMissingPathsExitWithTwo(String line) {
    String[] args = line.replace("PROJECT", example("project-com-in-5.json")).split(" ");
    Cli r = Cli.run(args);
    assertThat(r.code).as(r.toString()).isEqualTo(FamiCli.USAGE);
    assertThat(r.err).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void textWithSummaryCountsPerRule() {
    Cli r = Cli.run("validate", "--lang", "en", "--summary", example(DATASET));
    assertThat(r.code).isZero();
    assertThat(r.out).contains("(dataset): valid, 0 errors, 1 warnings")
        .contains("FAMI-BUD-012 WARNING x1:");
  }

  private Path malformed() throws IOException {
    return Files.writeString(dir.resolve("malformed.json"),
        "{\n  \"format\": \"fami/1\",\n  \"kind\": \"project\",,\n}\n");
  }
}
