package eu.fami.testkit;

import static eu.fami.testkit.assertions.FamiAssertions.assertThat;

import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.Project;
import eu.fami.rules.Fami;
import eu.fami.testkit.generate.DatasetGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the example of the README's section "Testing with fami-testkit", line for line. */
class ReadmeExampleTest {
  private static final Path SOURCE =
      Path.of("src", "test", "java", "eu", "fami", "testkit", "ReadmeExampleTest.java");

  // the example's lines are the README's (compared without indentation); do not reformat them
  @Test
  void example() {
    int n = 10;
    OutputStream out = new ByteArrayOutputStream();
    Fami fami = Fami.defaults();
    Call call = Fixtures.call().build();
    Project project = Fixtures.project().withCall(call).withBudgetTotal(Amount.ofEuros(500_000)).withReports(3).build();
    assertThat(fami.validateProject(project, call)).hasNoViolations();

    Project broken = Faults.inject("FAMI-BUD-004", project); // EU share above the 75% cap
    assertThat(fami.validateProject(broken)).hasOnlyViolations("FAMI-BUD-004")
        .hasViolation("FAMI-BUD-004").at("/financing/0/amount").withArgument("cap", "75.00%");
    DatasetGenerator.builder().projects(n).seed(42).build().write(out); // streams; same seed, same bytes
  }

  @Test
  void readmeShowsThisExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Testing with fami-testkit"));
    int from = section.indexOf("```java") + "```java".length();
    String java = section.substring(from, section.indexOf("```", from));
    List<String> lines =
        Arrays.stream(java.split("\n"))
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("import"))
            .collect(Collectors.toList());

    assertThat(section).contains("<artifactId>fami-testkit</artifactId>", "<scope>test</scope>");
    assertThat(lines).hasSize(8);
    assertThat(Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream().map(String::strip))
        .containsAll(lines);
  }
}
