package eu.fami.io;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.fami.model.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a dataset one project at a time, in the canonical form of {@link FamiJson#write}: the
 * header (programme and calls) is written when the writer is opened, each {@link #writeProject}
 * appends one project, {@link #close()} ends the document and flushes. The output stream is not
 * closed. Not thread-safe. Failures of the stream are {@link UncheckedIOException}s.
 *
 * <pre>{@code
 * try (DatasetWriter w = famiJson.openDatasetWriter(out, programme, calls)) {
 *   for (Project p : projects) {
 *     w.writeProject(p);
 *   }
 * }
 * }</pre>
 */
public final class DatasetWriter implements AutoCloseable {
  private final JsonGenerator g;
  private final ModelWriter w;
  private boolean closed;

  DatasetWriter(JsonGenerator g) {
    this.g = g;
    this.w = new ModelWriter(g);
  }

  ModelWriter modelWriter() {
    return w;
  }

  /** Appends {@code project} to the dataset's projects. */
  public void writeProject(Project project) {
    Objects.requireNonNull(project, "project");
    if (closed) {
      throw new IllegalStateException("dataset writer closed");
    }
    try {
      w.project(project, false);
    } catch (IOException e) {
      throw FamiJson.failure(e);
    }
  }

  /** Ends the document and flushes; the output stream stays open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      w.datasetEnd();
      g.writeRaw('\n');
      g.close();
    } catch (IOException e) {
      throw FamiJson.failure(e);
    }
  }
}
