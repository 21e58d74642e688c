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

/**
 * A syntax error stops reading: only the reader's problems are reported for what was cut short,
 * whether the dataset is read whole (from a stream) or streamed (from a file).
 */
class StoppedReadingTest {
  /** A dataset whose programme's title holds a raw control character: reading stops there. */
  private static final String CUT_IN_THE_PROGRAMME = "{\"format\":\"fami/1\",\"kind\":\"dataset\","
      + "\"programme\":{\"code\":\"IT-PN\",\"period\":\"2021-2027\",\"title\":\"T\u0001\","
      + "\"allocations\":[{\"specificObjective\":\"OS1\",\"amount\":1.00}]},"
      + "\"calls\":[],\"projects\":[]}";

  @Test
  void aDatasetCutInItsHeaderReportsTheSyntaxErrorOnly(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, CUT_IN_THE_PROGRAMME, StandardCharsets.UTF_8);
    Fami fami = Fami.defaults();
    ValidationReport streamed = fami.validate(file);
    ValidationReport whole = fami.validate(
        new ByteArrayInputStream(CUT_IN_THE_PROGRAMME.getBytes(StandardCharsets.UTF_8)), "cut.json",
        ValidationContext.NONE);
    assertThat(streamed.getViolations()).extracting(Violation::getRule)
        .containsExactly(RuleIds.IO_001);
    assertThat(streamed.getViolations()).isEqualTo(whole.getViolations());
  }
}
