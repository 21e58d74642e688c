package eu.fami.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8WriterStreamTest {
  /** Every split of the bytes, inside characters of 2, 3 and 4 bytes too, gives the same text. */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"Libertà Civili", "€ 1.498.000,00", "Vallée d'Aoste \uD83C\uDDEE\uD83C\uDDF9", ""})
  void textSurvivesEverySplitOfItsBytes(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int split = 0; split <= bytes.length; split++) {
      StringWriter out = new StringWriter();
      try (Utf8WriterStream s = new Utf8WriterStream(out)) {
        s.write(bytes, 0, split);
        for (int i = split; i < bytes.length; i++) {
          s.write(bytes[i]);
        }
      }
      assertThat(out.toString()).as("split at %d", split).isEqualTo(text);
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {8191, 8192, 8193, 100_000})
  void largeWritesPassThrough(int size) throws IOException {
    String text = "è".repeat(size / 2) + "x".repeat(size % 2);
    StringWriter out = new StringWriter();
    try (Utf8WriterStream s = new Utf8WriterStream(out)) {
      s.write(text.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(out.toString()).isEqualTo(text);
  }
}
