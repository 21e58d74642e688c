package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.report.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A damaged dataset streamed has the problems, at the same places, that it has read whole; those
 * found only at its end (a missing format) are trailer problems.
 */
class StreamedProblemsTest {
  @ParameterizedTest(name = "{0} after project {1}")
  @CsvSource(delimiter = '|', value = {
    "a syntax error                    | 0 | oops",
    "a number, then a syntax error     | 0 | , 1 oops",
    "a syntax error                    | 2 | ] oops",
    "a syntax error at the end         | 2 | ",
  })
  void sameProblemsStreamedAndWhole(String damage, int project, String inserted) {
    String text = Examples.text("dataset-formazione-linguistica.json");
    int at = endOfProject(text, project);
    String damaged = inserted == null ? text.substring(0, at) : text.substring(0, at) + inserted
        + text.substring(at);
    assertThat(problems(damaged)).isNotEmpty();
  }

  @Test
  void aMissingFormatIsReportedStreamedAsWhole() {
    String text = Examples.text("dataset-formazione-linguistica.json");
    String damaged = text.replaceFirst("\"format\": \"fami/1\",", "");
    assertThat(problems(damaged)).extracting(Violation::getRule).containsExactly("FAMI-FMT-001");
  }

  /** The problems of {@code text} streamed, having checked that they are those read whole. */
  private static List<Violation> problems(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<Violation> whole = FamiJson.defaults().read(bytes).problems();
    List<Violation> streamed = new ArrayList<>();
    try (DatasetReader r = FamiJson.defaults().openDataset(new ByteArrayInputStream(bytes))) {
      streamed.addAll(r.headerProblems());
      while (r.hasNext()) {
        streamed.addAll(r.next().problems());
      }
      streamed.addAll(r.trailerProblems());
    }
    assertThat(streamed).containsExactlyInAnyOrderElementsOf(whole);
    return streamed;
  }

  /** The offset just after the closing brace of project {@code n} (0-based) of the example. */
  private static int endOfProject(String text, int n) {
    int at = text.indexOf("\"projects\": [");
    for (int i = 0; i <= n; i++) {
      at = text.indexOf("\n    }", at + 1);
    }
    return at + "\n    }".length();
  }
}
