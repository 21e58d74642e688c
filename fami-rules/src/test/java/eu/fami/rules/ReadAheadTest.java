package eu.fami.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.fami.io.DatasetReader;
import eu.fami.io.ProjectEntry;
import eu.fami.io.SourceMap;
import eu.fami.model.Call;
import eu.fami.model.DocumentKind;
import eu.fami.model.Programme;
import eu.fami.model.report.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset read ahead on a thread of its own gives the report of one read on the calling thread,
 * violations in document order on the calling thread, and leaves no thread behind, whatever fails.
 */
class ReadAheadTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "documents", "dataset-formazione-linguistica.json");
  private static final int PROJECTS = 150; // more than the batches that may wait

  @TempDir static Path dir;
  static Path dataset;

  /** The example's projects copied over and over, with faults in some of them. */
  @BeforeAll
  static void writeDataset() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(EXAMPLE.toFile());
    ArrayNode examples = (ArrayNode) root.path("projects");
    ArrayNode projects = mapper.createArrayNode();
    for (int i = 0; i < PROJECTS; i++) {
      ObjectNode p = examples.get(i % examples.size()).deepCopy();
      p.put("code", p.path("code").asText() + "-" + i);
      p.put("cup", i % 7 == 0 ? "X" + i : String.format("G31J23%09d", i));
      if (i % 11 == 0) {
        p.put("colour", "blue");
      }
      projects.add(p);
    }
    root.set("projects", projects);
    dataset = Files.write(dir.resolve("dataset.json"), mapper.writeValueAsBytes(root));
  }

  @Test
  void readingAheadGivesTheReportOfReadingOnTheCallingThread() {
    List<Violation> heard = new ArrayList<>();
    List<Thread> listeners = new ArrayList<>();
    ValidationReport ahead = Fami.defaults().validate(dataset, ValidationContext.NONE, v -> {
      heard.add(v);
      listeners.add(Thread.currentThread());
    });
    ValidationReport inline = Fami.builder().readAhead(false).build().validate(dataset);

    assertThat(ahead.getViolations()).hasSizeGreaterThan(PROJECTS / 7);
    assertThat(ahead.getViolations()).isEqualTo(inline.getViolations());
    assertThat(heard).isEqualTo(ahead.getViolations());
    assertThat(listeners).containsOnly(Thread.currentThread());
    assertThat(readerThreads()).isEmpty();
  }

  @Test
  void aListenerThatThrowsStopsTheReaderThread() {
    RuntimeException stop = new IllegalStateException("enough");

    assertThatThrownBy(() -> Fami.defaults().validate(dataset, ValidationContext.NONE, v -> {
      throw stop;
    })).isSameAs(stop);
    assertThat(readerThreads()).isEmpty();
  }

  @Test
  void aFailureOfTheReaderThreadIsRethrownOnTheCallingThread() {
    UncheckedIOException failure = new UncheckedIOException(new IOException("disk gone"));
    try (ReadAhead ahead = new ReadAhead(new FailingReader(failure))) {
      assertThatThrownBy(ahead::next).isSameAs(failure);
    }
    assertThat(readerThreads()).isEmpty();
  }

  private static List<Thread> readerThreads() {
    List<Thread> out = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("fami-dataset-reader") && t.isAlive()) {
        out.add(t);
      }
    }
    return out;
  }

  /** A dataset whose projects cannot be read: the source fails. */
  private static final class FailingReader implements DatasetReader {
    private final RuntimeException failure;

    FailingReader(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public boolean hasNext() {
      throw failure;
    }

    @Override
    public ProjectEntry next() {
      throw failure;
    }

    @Override
    public String format() {
      return "fami/1";
    }

    @Override
    public DocumentKind kind() {
      return DocumentKind.DATASET;
    }

    @Override
    public Programme programme() {
      return null;
    }

    @Override
    public List<Call> calls() {
      return List.of();
    }

    @Override
    public List<Violation> headerProblems() {
      return List.of();
    }

    @Override
    public SourceMap headerSourceMap() {
      return SourceMap.empty();
    }

    @Override
    public List<Violation> trailerProblems() {
      return List.of();
    }

    @Override
    public void close() {}
  }
}
