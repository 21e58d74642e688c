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
import org.junit.jupiter.api.Test;

/** The example of the README's section "Testing with fami-testkit", which must stay in step. */
class ReadmeExampleTest {
  @Test
  void example() {
    OutputStream out = new ByteArrayOutputStream();
    // from the README (the generator with fewer projects)
    Fami fami = Fami.defaults();
    Call call = Fixtures.call().build();
    Project project = Fixtures.project().withCall(call).withBudgetTotal(Amount.ofEuros(500_000)).withReports(3).build();
    assertThat(fami.validateProject(project, call)).hasNoViolations();

    Project broken = Faults.inject("FAMI-BUD-004", project); // EU share above the 75% cap
    assertThat(fami.validateProject(broken)).hasOnlyViolations("FAMI-BUD-004")
        .hasViolation("FAMI-BUD-004").at("/financing/0/amount").withArgument("cap", "75.00%");
    DatasetGenerator.builder().projects(10).seed(42).build().write(out); // streams, same seed same bytes
  }

  @Test
  void readmeShowsThisExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertThat(readme)
        .contains("<artifactId>fami-testkit</artifactId>")
        .contains("<scope>test</scope>")
        .contains("Project project = Fixtures.project().withCall(call).withBudgetTotal(Amount.ofEuros(500_000)).withReports(3).build();")
        .contains("assertThat(fami.validateProject(broken)).hasOnlyViolations(\"FAMI-BUD-004\")")
        .contains(".hasViolation(\"FAMI-BUD-004\").at(\"/financing/0/amount\").withArgument(\"cap\", \"75.00%\");")
        .contains("DatasetGenerator.builder().projects(1_000_000).seed(42).build().write(out);");
  }
}
