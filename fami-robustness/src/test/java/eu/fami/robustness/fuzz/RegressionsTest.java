package eu.fami.robustness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.robustness.Examples;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that once broke the {@link Oracle}'s property (found by the fuzz tests or by hand,
 * kept in {@code src/test/resources/regressions}) holds it now.
 */
class RegressionsTest {
  @TempDir
  static Path scratch;
  private static Oracle oracle;

  @BeforeAll
  static void start() {
    oracle = new Oracle(Fami.defaults(), ValidationContext.ofDataset(Examples.dataset()),
        Scratch.directory(scratch));
  }

  @AfterAll
  static void stop() {
    oracle.close();
  }

  private static Path directory() throws URISyntaxException {
    return Path.of(RegressionsTest.class.getResource("/regressions").toURI());
  }

  static List<String> regressions() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(directory())) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void thereAreRegressions() throws Exception {
    assertThat(regressions()).hasSizeGreaterThan(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regressions")
  void holdsTheProperty(String name) throws IOException, URISyntaxException {
    assertThat(oracle.failure(Files.readAllBytes(directory().resolve(name)))).isEmpty();
  }
}
