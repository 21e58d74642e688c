package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.fami.model.Dataset;
import eu.fami.model.DocumentKind;
import eu.fami.model.Project;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStreamingTest {
  private static final FamiJson JSON = FamiJson.defaults();

  private static String j(String s) {
    return s.replace('\'', '"');
  }

  private static DatasetReader open(String json) {
    return JSON.openDataset(new ByteArrayInputStream(j(json).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void twentyThousandProjectsStreamInBoundedMemory() {
    int n = 20_000;
    GeneratedDataset in = new GeneratedDataset(n);
    Runtime rt = Runtime.getRuntime();
    long maxUsed = 0;
    try (DatasetReader r = JSON.openDataset(in)) {
      assertThat(r.headerProblems()).isEmpty();
      assertThat(r.calls()).hasSize(1);
      int count = 0;
      while (r.hasNext()) {
        ProjectEntry e = r.next();
        assertThat(e.index()).isEqualTo(count);
        assertThat(e.problems()).isEmpty();
        assertThat(e.project().getCode()).isEqualTo(GeneratedDataset.code(count));
        if (count % 5000 == 4999) {
          System.gc();
          maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
        }
        count++;
      }
      assertThat(count).isEqualTo(n);
      assertThat(r.trailerProblems()).isEmpty();
    }
    // the text alone is far larger than what stays in use (the test JVM runs with -Xmx256m)
    assertThat(in.total()).isGreaterThan(100L * 1024 * 1024);
    assertThat(maxUsed).isLessThan(in.total() / 2);
  }

  @Test
  void entryPointersAndSourceMapsAreRelativeToTheDatasetRoot() {
    try (DatasetReader r = open("""
        {'format': 'fami/1', 'kind': 'dataset',
         'programme': {'code': 'P'},
         'calls': [],
         'projects': [
          {'code': 'A'},
          {'code': 'B',
           'budget': {'total': 'many'}},
          42
         ]}
        """)) {
      List<ProjectEntry> entries = new ArrayList<>();
      while (r.hasNext()) {
        entries.add(r.next());
      }
      assertThat(entries).extracting(ProjectEntry::index).containsExactly(0, 1, 2);
      ProjectEntry b = entries.get(1);
      assertThat(b.problems()).extracting(Violation::getRule, v -> v.getLocation().getPointer(),
              v -> v.getLocation().getLine(), v -> v.getLocation().getColumn())
          .containsExactly(tuple(RuleIds.IO_003, "/projects/1/budget/total", 7, 24));
      assertThat(b.sourceMap().locate("/projects/1/code"))
          .contains(Location.of("/projects/1/code", 6, 12));
      assertThat(b.sourceMap().locate("/projects/1/budget/lines/0"))
          .contains(Location.of("/projects/1/budget/lines/0", 7, 14));
      assertThat(b.sourceMap().locate("/projects/0/code")).isEmpty();
      assertThat(entries.get(2).project()).isNull();
      assertThat(entries.get(2).problems()).extracting(v -> v.getLocation().getPointer())
          .containsExactly("/projects/2");
      assertThat(r.headerSourceMap().locate("/programme/code"))
          .contains(Location.of("/programme/code", 2, 24));
      assertThatThrownBy(r::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void projectsBeforeTheHeaderAreKeptUntilItIsComplete() {
    try (DatasetReader r = open("""
        {'projects': [{'code': 'A'}, {'code': 'B', 'x': 1}],
         'calls': [{'code': 'C'}],
         'format': 'fami/1', 'kind': 'dataset',
         'programme': {'code': 'P'}}
        """)) {
      assertThat(r.programme().getCode()).isEqualTo("P");
      assertThat(r.calls()).extracting(c -> c.getCode()).containsExactly("C");
      assertThat(r.kind()).isEqualTo(DocumentKind.DATASET);
      assertThat(r.headerProblems()).isEmpty();
      List<ProjectEntry> entries = new ArrayList<>();
      r.forEachRemaining(entries::add);
      assertThat(entries).extracting(e -> e.project().getCode()).containsExactly("A", "B");
      assertThat(entries.get(1).problems()).extracting(v -> v.getLocation().getPointer())
          .containsExactly("/projects/1/x");
      assertThat(r.trailerProblems()).isEmpty();
    }
  }

  @Test
  void keepingProjectsForALateHeaderIsBounded() {
    FamiJson small = FamiJson.builder()
        .limits(ReadLimits.builder().maxBufferedBytes(30).build()).build();
    String json = j("{'projects': [{'code': 'A'}, {'code': 'B'}, {'code': 'C'}, {'code': 'D'}],"
        + " 'format': 'fami/1', 'kind': 'dataset', 'programme': {}, 'calls': []}");
    try (DatasetReader r = small.openDataset(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(r.headerProblems()).singleElement().satisfies(v -> {
        assertThat(v.getRule()).isEqualTo(RuleIds.IO_005);
        assertThat(v.getArguments()).containsEntry("limit", "maxBufferedBytes");
        assertThat(v.getLocation()).isEqualTo(Location.of("/projects/3", 1, 60));
      });
      assertThat(r.programme()).isNotNull();
      List<ProjectEntry> entries = new ArrayList<>();
      r.forEachRemaining(entries::add);
      assertThat(entries).extracting(e -> e.project().getCode()).containsExactly("A", "B", "C");
    }
  }

  @Test
  void problemsAfterTheProjectsAreTrailerProblems() {
    try (DatasetReader r = open("""
        {'format': 'fami/1', 'kind': 'dataset', 'programme': {}, 'calls': [],
         'projects': [{'code': 'A'}],
         'colour': 'red'} []
        """)) {
      assertThat(r.hasNext()).isTrue();
      assertThat(r.next().project().getCode()).isEqualTo("A");
      assertThat(r.hasNext()).isFalse();
      assertThat(r.trailerProblems()).extracting(Violation::getRule,
              v -> v.getLocation().getPointer(), v -> v.getLocation().getLine(),
              v -> v.getLocation().getColumn())
          .containsExactly(tuple(RuleIds.IO_002, "/colour", 3, 2),
              tuple(RuleIds.IO_001, "", 3, 19));
    }
  }

  @Test
  void aDocumentThatIsNotADatasetYieldsAProblemAndNoProjects() {
    try (DatasetReader r = JSON.openDataset(new ByteArrayInputStream(
        Examples.bytes("project-com-in-5.json")))) {
      assertThat(r.kind()).isNull();
      assertThat(r.headerProblems()).extracting(Violation::getRule, v -> v.getLocation().getPointer(),
              v -> v.getArguments().get("expected"))
          .containsExactly(tuple(RuleIds.IO_006, "/kind", "dataset"));
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void aSyntaxErrorInAProjectEndsTheStreamWithTheProjectReadSoFar() {
    try (DatasetReader r = open("{'format': 'fami/1', 'kind': 'dataset', 'programme': {},"
        + " 'calls': [], 'projects': [{'code': 'A'}, {'code': 'B', 'title': }, {'code': 'C'}]}")) {
      assertThat(r.next().project().getCode()).isEqualTo("A");
      ProjectEntry b = r.next();
      assertThat(b.project().getCode()).isEqualTo("B");
      assertThat(b.problems()).extracting(Violation::getRule, v -> v.getLocation().getPointer())
          .containsExactly(tuple(RuleIds.IO_001, "/projects/1/title"));
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void perProjectSizeLimitSkipsThatProjectOnly() {
    FamiJson small = FamiJson.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(60).maxProjects(3).build()).build();
    String json = j("{'format': 'fami/1', 'kind': 'dataset', 'programme': {}, 'calls': [],"
        + " 'projects': [{'code': 'A'}, {'code': 'B', 'title': '" + "x".repeat(100)
        + "', 'summary': 's'}, {'code': 'C'}, {'code': 'D'}, {'code': 'E'}]}");
    try (DatasetReader r = small.openDataset(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      List<ProjectEntry> entries = new ArrayList<>();
      r.forEachRemaining(entries::add);
      assertThat(entries).extracting(e -> e.project().getCode()).containsExactly("A", "B", "C");
      assertThat(entries.get(1).problems()).singleElement().satisfies(v -> {
        assertThat(v.getRule()).isEqualTo(RuleIds.IO_005);
        assertThat(v.getArguments()).containsEntry("limit", "maxDocumentBytes");
        assertThat(v.getLocation().getPointer()).isEqualTo("/projects/1/summary");
      });
      assertThat(r.trailerProblems()).singleElement().satisfies(v -> {
        assertThat(v.getArguments()).containsEntry("limit", "maxProjects");
        assertThat(v.getLocation().getPointer()).isEqualTo("/projects/3");
      });
    }
    // the same document read whole: the limit applies per project too
    ReadResult whole = small.read(json);
    assertThat(whole.document(Dataset.class).orElseThrow().getProjects()).hasSize(3);
  }

  @Test
  void anOverallDatasetLimitIsAnOption() {
    FamiJson capped = FamiJson.builder()
        .limits(ReadLimits.builder().maxDatasetBytes(1000).build()).build();
    try (DatasetReader r = capped.openDataset(new GeneratedDataset(10))) {
      while (r.hasNext()) {
        r.next();
      }
      List<Violation> all = new ArrayList<>(r.headerProblems());
      all.addAll(r.trailerProblems());
      assertThat(all).extracting(v -> v.getArguments().get("limit"))
          .containsExactly("maxDatasetBytes");
    }
  }

  @Test
  void writerStreamsTheSameTextAsAWholeWrite() {
    Dataset example = JSON.read(Examples.bytes("dataset-formazione-linguistica.json"))
        .document(Dataset.class).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetWriter w = JSON.openDatasetWriter(out, example.getProgramme(),
        example.getCalls())) {
      for (Project p : example.getProjects()) {
        w.writeProject(p);
      }
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeString(example));
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    JSON.openDatasetWriter(empty, null, List.of()).close();
    assertThat(empty.toString(StandardCharsets.UTF_8)).isEqualTo("""
        {
          "format": "fami/1",
          "kind": "dataset",
          "calls": [],
          "projects": []
        }
        """);
  }

  @Test
  void aFileIsReadAndClosed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("d.json");
    Files.write(file, Examples.bytes("dataset-formazione-linguistica.json"));
    int count = 0;
    try (DatasetReader r = JSON.openDataset(file)) {
      while (r.hasNext()) {
        r.next();
        count++;
      }
    }
    assertThat(count).isEqualTo(3);
    Files.delete(file);
    assertThatThrownBy(() -> JSON.openDataset(file)).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> JSON.read(file)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aFailingStreamIsNotAProblemOfTheDocument() {
    InputStream failing = new InputStream() {
      private int n;

      @Override
      public int read() throws IOException {
        if (n++ < 20) {
          return "{\"format\":\"fami/1\",\"kind\":\"dataset\"".charAt(n - 1);
        }
        throw new IOException("connection reset");
      }
    };
    assertThatThrownBy(() -> {
      try (DatasetReader r = JSON.openDataset(failing)) {
        r.hasNext();
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessageContaining("connection reset");
  }
}
