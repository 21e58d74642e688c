package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Dataset;
import eu.fami.model.DocumentKind;
import eu.fami.model.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ExamplesTest {
  private static final FamiJson JSON = FamiJson.defaults();
  static final java.util.List<String> NAMES = Examples.NAMES;

  @ParameterizedTest(name = "{0} reads with no problem")
  @FieldSource("NAMES")
  void readsWithoutProblems(String name) {
    ReadResult r = JSON.read(Examples.bytes(name));
    assertThat(r.problems()).isEmpty();
    assertThat(r.format()).isEqualTo("fami/1");
    assertThat(r.kind()).isEqualTo(DocumentKind.fromCode(name.substring(0, name.indexOf('-'))).orElseThrow());
    assertThat(r.document()).isNotNull();
  }

  @ParameterizedTest(name = "{0}: read, write, read gives an equal object")
  @FieldSource("NAMES")
  void roundTrip(String name) {
    Object first = JSON.read(Examples.bytes(name)).document();
    String written = JSON.writeString(first);
    ReadResult again = JSON.read(written);
    assertThat(again.problems()).isEmpty();
    assertThat(again.document()).isEqualTo(first);
    assertThat(JSON.writeString(again.document())).isEqualTo(written);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(first, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}: canonical form pinned by its golden file")
  @FieldSource("NAMES")
  void golden(String name) throws IOException {
    String written = JSON.writeString(JSON.read(Examples.bytes(name)).document());
    Path update = goldenUpdateDir();
    if (update != null) {
      Files.createDirectories(update);
      Files.writeString(update.resolve(name), written, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(written);
    }
  }

  /** {@code -Dfami.golden.update=src/test/resources/golden} rewrites the golden files. */
  private static Path goldenUpdateDir() {
    String dir = System.getProperty("fami.golden.update");
    return dir == null || dir.isEmpty() ? null : Path.of(dir);
  }

  @ParameterizedTest(name = "{0} reads from a file and a stream alike")
  @FieldSource("NAMES")
  void sources(String name) throws IOException {
    Object fromBytes = JSON.read(Examples.bytes(name)).document();
    Path tmp = Files.createTempFile("fami", ".json");
    try {
      Files.write(tmp, Examples.bytes(name));
      assertThat(JSON.read(tmp).document()).isEqualTo(fromBytes);
    } finally {
      Files.delete(tmp);
    }
    assertThat(JSON.read(new java.io.ByteArrayInputStream(Examples.bytes(name))).document())
        .isEqualTo(fromBytes);
    assertThat(JSON.read(Examples.text(name)).document()).isEqualTo(fromBytes);
  }

  @org.junit.jupiter.api.Test
  void datasetStreamsLikeItReads() {
    byte[] bytes = Examples.bytes("dataset-formazione-linguistica.json");
    Dataset whole = JSON.read(bytes).document(Dataset.class).orElseThrow();
    try (DatasetReader r = JSON.openDataset(new java.io.ByteArrayInputStream(bytes))) {
      assertThat(r.headerProblems()).isEmpty();
      assertThat(r.kind()).isEqualTo(DocumentKind.DATASET);
      assertThat(r.programme()).isEqualTo(whole.getProgramme());
      assertThat(r.calls()).isEqualTo(whole.getCalls());
      java.util.List<Project> projects = new java.util.ArrayList<>();
      while (r.hasNext()) {
        ProjectEntry e = r.next();
        assertThat(e.problems()).isEmpty();
        assertThat(e.index()).isEqualTo(projects.size());
        projects.add(e.project());
      }
      assertThat(projects).isEqualTo(whole.getProjects());
      assertThat(r.trailerProblems()).isEmpty();
    }
  }
}
