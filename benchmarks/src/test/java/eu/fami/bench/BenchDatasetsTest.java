package eu.fami.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.fami.model.TaxCode;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchDatasetsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path dir;
  static Path file;

  @BeforeAll
  static void generate() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BenchDatasets.fromExample().withProjectsPerCall(10).write(25, BenchDatasets.SEED, out);
    file = Files.write(dir.resolve("projects-25.json"), out.toByteArray());
  }

  @Test
  void generatedDatasetIsValidWithoutWarnings() {
    ValidationReport report = Fami.defaults().validate(file);

    assertThat(report.getViolations()).isEmpty();
  }

  @Test
  void projectsAreSpreadOverCallsWithDistinctCodesAndCups() throws IOException {
    JsonNode dataset = MAPPER.readTree(file.toFile());

    assertThat(dataset.path("calls")).hasSize(3);
    assertThat(dataset.path("projects")).hasSize(25);
    assertThat(dataset.path("projects").findValuesAsText("cup")).doesNotHaveDuplicates();
    assertThat(dataset.path("projects").findValuesAsText("code")).doesNotHaveDuplicates();
  }

  @Test
  void sameSeedSameBytes() throws IOException {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    BenchDatasets.fromExample().withProjectsPerCall(10).write(25, BenchDatasets.SEED, again);

    assertThat(again.toByteArray()).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void schemaPeerAcceptsTheDatasetAndRejectsAnUnknownProperty() throws IOException {
    ObjectNode dataset = (ObjectNode) MAPPER.readTree(file.toFile());
    assertThat(DatasetValidation.datasetSchema().validate(dataset)).isEmpty();

    ((ObjectNode) dataset.path("projects").get(3)).put("colour", "blue");

    assertThat(DatasetValidation.datasetSchema().validate(dataset)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "1234567, 96", "800000, 100", "9999999, 42"})
  void generatedTaxCodesAreValid(long number, int office) {
    assertThat(TaxCode.of(BenchDatasets.taxCode(number, office)).isValid()).isTrue();
  }
}
