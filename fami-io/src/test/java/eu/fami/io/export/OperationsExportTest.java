package eu.fami.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.fami.io.DatasetWriter;
import eu.fami.io.FamiJson;
import eu.fami.model.Dataset;
import eu.fami.model.ImmutableProject;
import eu.fami.model.Project;
import eu.fami.model.ProjectStatus;
import eu.fami.model.report.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OperationsExportTest {
  private static final FamiJson JSON = FamiJson.defaults();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}: the example dataset's list pinned by its golden file")
  @EnumSource(Profile.class)
  void golden(Profile profile) throws IOException {
    StringWriter out = new StringWriter();
    Recorder notes = new Recorder();
    OperationsExport.Result r = OperationsExport.of(profile)
        .export(example("dataset-formazione-linguistica.json"), out, notes);
    String name = "operations-" + profile.name().toLowerCase() + ".csv";
    String update = System.getProperty("fami.golden.update");
    if (update != null) {
      Path golden = Path.of(update, "export");
      Files.createDirectories(golden);
      Files.writeString(golden.resolve(name), out.toString(), StandardCharsets.UTF_8);
    }
    assertThat(out.toString()).isEqualTo(resource("/golden/export/" + name));
    assertThat(r.exported()).isEqualTo(3);
    assertThat(r.hasErrors()).isFalse();
    assertThat(notes.problems).isEmpty();
  }

  @Test
  void theProfilesSpellTheSameFacts() throws IOException {
    Path file = example("project-com-in-5.json");
    List<String> rfc = rows(OperationsExport.of(Profile.RFC4180), file);
    List<String> oc = rows(OperationsExport.of(Profile.OPENCOESIONE), file);
    assertThat(rfc).hasSize(2);
    assertThat(rfc.get(0)).startsWith("project_code,cup,programme,beneficiary,");
    assertThat(oc.get(0)).startsWith("\uFEFFCOD_LOCALE_PROGETTO;CUP;OC_CODICE_PROGRAMMA;");
    Project p = JSON.read(file).document(Project.class).orElseThrow();
    assertThat(rfc.get(1)).startsWith(p.getCode() + ",").contains(",AMIF,")
        .contains("," + p.getStart() + ",")
        .contains("," + p.getBudget().getTotal().value().toPlainString() + ",");
    assertThat(oc.get(1)).contains(";FAMI;")
        .contains(";" + p.getStart().toString().replace("-", "") + ";")
        .contains(";" + p.getBudget().getTotal().value().toPlainString().replace('.', ',') + ";");
  }

  @ParameterizedTest(name = "status {0}: exported {1}")
  @CsvSource({"ADMITTED, true", "CLOSED, true", "SUBMITTED, false", "REJECTED, false",
      "WITHDRAWN, false"})
  void onlyOperationsSelectedForSupportAreListed(ProjectStatus status, boolean listed)
      throws IOException {
    Project p = ImmutableProject.copyOf(project()).withStatus(status);
    Path file = dir.resolve("p.json");
    Files.writeString(file, JSON.writeString(p));
    StringWriter out = new StringWriter();
    OperationsExport.Result r =
        OperationsExport.of(Profile.RFC4180).export(file, out, OperationsExport.Listener.NONE);
    assertThat(r.exported()).isEqualTo(listed ? 1 : 0);
    assertThat(r.notSelected()).isEqualTo(listed ? 0 : 1);
  }

  @Test
  void cellsWithTheDelimiterQuotesOrLineBreaksAreQuoted() throws IOException {
    Project p = ImmutableProject.copyOf(project())
        .withTitle("Lingua; \"cittadinanza\"\r\nattiva, insieme");
    Path file = dir.resolve("p.json");
    Files.writeString(file, JSON.writeString(p));
    for (char delimiter : new char[] {',', ';', '\t'}) {
      StringWriter out = new StringWriter();
      OperationsExport.of(Profile.RFC4180).withDelimiter(delimiter)
          .export(file, out, OperationsExport.Listener.NONE);
      assertThat(out.toString())
          .contains(delimiter + "\"Lingua; \"\"cittadinanza\"\"\r\nattiva, insieme\"" + delimiter);
    }
    assertThatThrownBy(() -> OperationsExport.of(Profile.RFC4180).withDelimiter('"'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProjectThatCannotBeReadIsSkippedAndTheOthersExported() throws IOException {
    String dataset = new String(Files.readAllBytes(example("dataset-formazione-linguistica.json")),
        StandardCharsets.UTF_8);
    // the second project's start is no date: exported without it; a third project is no object
    int second = dataset.indexOf("\"start\"", dataset.indexOf("\"projects\""));
    second = dataset.indexOf("\"start\"", second + 1);
    String broken = dataset.substring(0, second) + "\"start\": \"2023-13-45\", \"x\": 1"
        + dataset.substring(dataset.indexOf(',', second));
    int last = broken.lastIndexOf("]");
    broken = broken.substring(0, last).stripTrailing() + ", 42\n  ]\n}\n";
    Path file = dir.resolve("broken.json");
    Files.writeString(file, broken);
    Recorder notes = new Recorder();
    StringWriter out = new StringWriter();
    OperationsExport.Result r = OperationsExport.of(Profile.RFC4180).export(file, out, notes);
    assertThat(r.exported()).isEqualTo(3);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(notes.skipped).containsExactly(3);
    assertThat(notes.problems).extracting(Violation::getRule)
        .containsExactly("FAMI-IO-003", "FAMI-IO-002", "FAMI-IO-003");
    assertThat(r.hasErrors()).isTrue();
    assertThat(out.toString().split("\r\n")[2]).contains(",,2026-");
  }

  @Test
  void otherKindsOfDocumentAreRefused() {
    assertThatThrownBy(() -> OperationsExport.of(Profile.RFC4180)
            .export(example("call-formazione-linguistica-2023.json"), new StringWriter(),
                OperationsExport.Listener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("call document");
  }

  @Test
  void malformedJsonIsAReadErrorAndNothingIsExported() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"fami/1\", \"kind\": \"project\", \"code\": ");
    Recorder notes = new Recorder();
    StringWriter out = new StringWriter();
    OperationsExport.Result r = OperationsExport.of(Profile.RFC4180).export(file, out, notes);
    assertThat(r.exported()).isZero();
    assertThat(r.hasErrors()).isTrue();
    assertThat(notes.problems).extracting(Violation::getRule).contains("FAMI-IO-001");
    assertThat(out.toString()).startsWith("project_code,").hasLineCount(1);
  }

  /** A dataset far larger than the heap a buffering export would need (surefire runs -Xmx256m). */
  @Test
  void aLargeDatasetIsExportedInConstantMemory() throws IOException {
    Dataset example = JSON.read(example("dataset-formazione-linguistica.json"))
        .document(Dataset.class).orElseThrow();
    Path file = dir.resolve("large.json");
    int projects = 25_000;
    try (OutputStream os = Files.newOutputStream(file);
        DatasetWriter w = JSON.openDatasetWriter(os, example.getProgramme(), example.getCalls())) {
      for (int i = 0; i < projects; i++) {
        Project p = example.getProjects().get(i % example.getProjects().size());
        w.writeProject(ImmutableProject.copyOf(p).withCode("P-" + i));
      }
    }
    assertThat(Files.size(file)).isGreaterThan(100L << 20);
    CountingWriter out = new CountingWriter();
    OperationsExport.Result r =
        OperationsExport.of(Profile.OPENCOESIONE).export(file, out, OperationsExport.Listener.NONE);
    assertThat(r.exported()).isEqualTo(projects);
    assertThat(out.lines).isEqualTo(projects + 1);
  }

  private static List<String> rows(OperationsExport export, Path file) {
    StringWriter out = new StringWriter();
    export.export(file, out, OperationsExport.Listener.NONE);
    assertThat(out.toString()).endsWith("\r\n");
    return List.of(out.toString().split("\r\n"));
  }

  private static Project project() {
    return JSON.read(example("project-com-in-5.json")).document(Project.class).orElseThrow();
  }

  static Path example(String name) {
    try {
      return Path.of(OperationsExportTest.class.getResource("/examples/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String path) {
    try (InputStream in = OperationsExportTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Recorder implements OperationsExport.Listener {
    final List<Violation> problems = new ArrayList<>();
    final List<Integer> skipped = new ArrayList<>();

    @Override
    public void problem(Violation problem) {
      problems.add(problem);
    }

    @Override
    public void skipped(int index) {
      skipped.add(index);
    }
  }

  /** Counts line ends and forgets the text. */
  private static final class CountingWriter extends Writer {
    int lines;

    @Override
    public void write(char[] buf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (buf[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
