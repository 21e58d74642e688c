package eu.fami.rules;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A syntax error or an input limit that stops reading: only the reader's problems are reported for
 * what was cut short (no FAMI-FMT-001 for what was never read), whether a dataset is read whole
 * (from a stream) or streamed (from a file; projects read in full before the stop are validated).
 */
class StoppedReadingTest {
  private static final String PROJECT = "{\"code\":\"P-1\",\"title\":\"%s\",\"start\":\"2023-07-01\","
      + "\"end\":\"2026-06-30\",\"territory\":[\"ITC3\"]}";
  private static final String PROGRAMME = "{\"code\":\"IT-PN\",\"period\":\"2021-2027\","
      + "\"title\":\"%s\",\"allocations\":[{\"specificObjective\":\"OS1\",\"amount\":1.00}]}";

  @ParameterizedTest(name = "{0} in the {1}")
  @CsvSource({
    "a raw control character, programme, FAMI-IO-001",
    "a raw control character, project,   FAMI-IO-001",
    "a string too long,       programme, FAMI-IO-005",
    "a string too long,       project,   FAMI-IO-005",
  })
  void whatWasCutShortReportsTheReaderProblemOnly(String damage, String where, String rule,
      @TempDir Path dir) throws IOException {
    String title = damage.startsWith("a raw") ? "T\u0001" : "t".repeat(100_001);
    String dataset = "{\"format\":\"fami/1\",\"kind\":\"dataset\",\"programme\":"
        + String.format(PROGRAMME, where.equals("programme") ? title : "Programma")
        + ",\"calls\":[],\"projects\":["
        + String.format(PROJECT, where.equals("project") ? title : "Progetto") + "]}";
    Path file = dir.resolve("cut.json");
    Files.writeString(file, dataset, StandardCharsets.UTF_8);
    Fami fami = Fami.defaults();
    ValidationReport streamed = fami.validate(file);
    ValidationReport whole = fami.validate(
        new ByteArrayInputStream(dataset.getBytes(StandardCharsets.UTF_8)), "cut.json",
        ValidationContext.NONE);
    assertThat(whole.getViolations()).extracting(Violation::getRule).containsExactly(rule);
    assertThat(streamed.getViolations()).filteredOn(v -> v.getLocation().getPointer()
        .startsWith("/" + where)).extracting(Violation::getRule).containsExactly(rule);
  }

  @Test
  void projectsKeptForALateHeaderReportTheirReaderProblems(@TempDir Path dir) throws IOException {
    String dataset = "{\"format\":\"fami/1\",\"kind\":\"dataset\",\"projects\":["
        + String.format(PROJECT, "Progetto").replace("\"code\":\"P-1\"", "\"code\":1")
        + ", 1 oops],\"programme\":" + String.format(PROGRAMME, "P") + ",\"calls\":[]}";
    Path file = dir.resolve("late.json");
    Files.writeString(file, dataset, StandardCharsets.UTF_8);
    Fami fami = Fami.defaults();
    ValidationReport whole = fami.validate(
        new ByteArrayInputStream(dataset.getBytes(StandardCharsets.UTF_8)), file.toString(),
        ValidationContext.NONE);
    assertThat(whole.getViolations()).extracting(v -> v.getRule() + " " + v.getLocation().getPointer())
        .containsExactly("FAMI-IO-003 /projects/0/code", "FAMI-IO-003 /projects/1",
            "FAMI-IO-001 /projects/2");
    assertThat(fami.validate(file).getViolations())
        .containsExactlyInAnyOrderElementsOf(whole.getViolations());
  }
}
