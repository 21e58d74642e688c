package eu.fami.rules.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import eu.fami.model.DocumentKind;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file that can be read only once (a named pipe, as {@code /dev/stdin} is under {@code cat x |
 * fami validate /dev/stdin}) gives the same report as the regular file with the same bytes.
 */
class PipeTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"project-com-in-5.json", "dataset-formazione-linguistica.json",
      "call-formazione-linguistica-2023.json", "report-fl-lig-2024-q1.json"})
  void aPipeIsReadOnceAndReportedAsTheFile(String example) throws Exception {
    Path regular = ExamplesTest.example(example);
    Path fifo = dir.resolve("pipe");
    assumeThat(mkfifo(fifo)).as("mkfifo is available").isTrue();
    byte[] bytes = Files.readAllBytes(regular);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(bytes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    ValidationReport piped = Fami.defaults().validate(fifo, ValidationContext.NONE);
    writer.get();
    ValidationReport file = Fami.defaults().validate(regular, ValidationContext.NONE);
    assertThat(piped.getKind()).isEqualTo(file.getKind()).isNotNull();
    assertThat(piped.getViolations()).isEqualTo(file.getViolations());
    if (example.startsWith("dataset")) {
      assertThat(piped.getKind()).isEqualTo(DocumentKind.DATASET);
    }
  }

  private static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
