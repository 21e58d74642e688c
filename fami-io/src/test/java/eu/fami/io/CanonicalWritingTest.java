package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Programme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
