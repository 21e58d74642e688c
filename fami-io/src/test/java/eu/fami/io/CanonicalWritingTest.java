package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical form does not depend on the output, and reads back whatever the value. */
class CanonicalWritingTest {
  private static final FamiJson JSON = FamiJson.defaults();

  @Test
  void aCharacterOutsideTheBmpIsWrittenAlikeToStreamsAndStrings() {
    Programme p = Programme.builder().title("Integrazione \uD83D\uDE00 𓙞").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(p, out);
    String text = JSON.writeString(p);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text).contains("\uD83D\uDE00");
    assertThat(JSON.read(out.toByteArray()).document()).isEqualTo(p);
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "1500,       1500.00",
    "0.075,      0.075",
    "1e-99,      1E-99",
    "1.50e-95,   1.50E-95",
    "-0.0000001, -1E-7",
  })
  void anAmountIsWrittenInItsShorterExactNotationAndReadsBack(String value, String written) {
    Project p = Project.builder()
        .budget(Budget.builder().total(Amount.of(value)).build())
        .build();
    String text = JSON.writeString(p);
    assertThat(text).contains("\"total\": " + written + "\n");
    ReadResult r = JSON.read(text);
    assertThat(r.problems()).isEmpty();
    assertThat(r.document()).isEqualTo(p);
  }
}
