package eu.fami.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document gives the same violations from a file (a dataset streams) and from a stream. */
class FileOrStreamTest {
  private static final String PROGRAMME = "\"programme\":{\"code\":\"IT-PN\",\"period\":\"2021-2027\","
      + "\"title\":\"Programma\",\"allocations\":[{\"specificObjective\":\"OS1\",\"amount\":1.00}]}";
  private static final String PROJECTS = "\"projects\":[{\"code\":\"P-1\",\"title\":\"Progetto\"}]";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "{\"format\":\"fami/1\"," + PROGRAMME + ",\"calls\":[]," + PROJECTS + "}",
    "{\"format\":\"fami/1\"," + PROJECTS + ",\"kind\":\"dataset\"," + PROGRAMME + ",\"calls\":[]}",
    "{\"format\":\"fami/1\",\"kind\":\"dataset\"," + PROGRAMME + ",\"calls\":[]," + PROJECTS + "}",
  })
  void sameViolations(String document, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("doc.json");
    Files.writeString(file, document, StandardCharsets.UTF_8);
    Fami fami = Fami.defaults();
    ValidationReport fromFile = fami.validate(file);
    ValidationReport fromStream = fami.validate(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), file.toString(),
        ValidationContext.NONE);
    assertThat(fromFile.getViolations()).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(fromStream.getViolations());
  }
}
