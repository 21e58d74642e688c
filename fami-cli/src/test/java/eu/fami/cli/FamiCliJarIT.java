package eu.fami.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it ({@code java -jar fami-cli-*-all.jar}, what {@code ./fami} does):
 * run by failsafe after {@code package}.
 */
class FamiCliJarIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JAR_PROPERTY = "fami.cli.jar";

  @TempDir Path dir;

  /** Failsafe names the jar; a surefire run picked by a -Dtest pattern skips these tests. */
  @BeforeAll
  static void runByFailsafe() {
    assumeTrue(System.getProperty(JAR_PROPERTY) != null, "run by failsafe after package");
  }

  @Test
  void theJarValidatesAnExampleAndExitsWithZero() throws Exception {
    Run r = fami("validate", "--lang", "en", example("project-com-in-5.json"));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("(project): valid, 0 errors, 0 warnings");
    assertThat(r.err).isEmpty();
  }

  @Test
  void theJarPrintsJsonLinesAndNoProgressWhenNotOnATerminal() throws Exception {
    Run r = fami("validate", "--format", "json", example("programme-it-2021-2027.json"),
        example("dataset-formazione-linguistica.json"));
    assertThat(r.code).as(r.toString()).isZero();
    String[] lines = r.out.split("\n");
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      JsonNode report = JSON.readTree(line);
      assertThat(report.get("warnings").asInt()).isEqualTo(1);
      assertThat(report.at("/violations/0/rule").asText()).isEqualTo("FAMI-BUD-012");
    }
    assertThat(r.err).isEmpty();
  }

  @Test
  void theJarGeneratesADatasetThatItValidatesAndExports() throws Exception {
    Path dataset = dir.resolve("generated.json");
    Run generate = fami("generate", "--projects", "50", "--seed", "7", "--output", dataset.toString());
    assertThat(generate.code).as(generate.toString()).isZero();
    Run validate = fami("validate", dataset.toString());
    assertThat(validate.code).as(validate.toString()).isZero();
    Run export = fami("export", "--profile", "opencoesione", dataset.toString());
    assertThat(export.code).as(export.toString()).isZero();
    assertThat(export.out).startsWith("\uFEFFCOD_LOCALE_PROGETTO;");
  }

  @Test
  void theJarExitsWithTwoOnAUsageErrorAndOneOnMalformedJson() throws Exception {
    Run usage = fami("validate", "--format", "yaml", example("project-com-in-5.json"));
    assertThat(usage.code).isEqualTo(2);
    assertThat(usage.err).isNotEmpty().doesNotContain("Exception");

    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"fami/1\", [");
    Run malformed = fami("validate", "--format", "json", bad.toString());
    assertThat(malformed.code).isEqualTo(1);
    assertThat(JSON.readTree(malformed.out).at("/violations/0/rule").asText())
        .isEqualTo("FAMI-IO-001");
  }

  private static String example(String name) {
    return Path.of(System.getProperty("fami.examples"), name).toString();
  }

  private Run fami(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty(JAR_PROPERTY));
    assertThat(jar).as("the shaded jar").exists();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("fami " + String.join(" ", args) + " did not finish");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
