package eu.fami.io;

import eu.fami.model.Call;
import eu.fami.model.DocumentKind;
import eu.fami.model.Nullable;
import eu.fami.model.Programme;
import eu.fami.model.report.Violation;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A dataset read as a stream: the header (programme and calls) first, then the projects one at a
 * time, in constant memory when the document has the canonical order ({@code format}, {@code kind},
 * {@code programme}, {@code calls}, {@code projects}). When {@code projects} comes before any of
 * the others, the reader reads and keeps the projects until the header is complete, then hands
 * them out (within {@link ReadLimits#maxBufferedBytes()}). An {@link Iterator} of the projects; not
 * thread-safe; {@link #close()} releases the input (a file it opened; a stream it was given is left
 * open).
 *
 * <p>Problems are split by where they are: {@link #headerProblems()} (the root object, the
 * programme, the calls, and anything before the streamed {@code projects}), each {@link
 * ProjectEntry#problems()}, and {@link #trailerProblems()} (after {@code projects}, and a
 * {@code format} or {@code kind} found missing at the end of a streamed dataset; complete once
 * {@link #hasNext()} has answered false). A document that is not a dataset yields a FAMI-IO-006
 * header problem and no projects. Reading never throws on bad input; a failure of the underlying
 * stream or file is an {@link java.io.UncheckedIOException}.
 *
 * <pre>{@code
 * try (DatasetReader r = famiJson.openDataset(path)) {
 *   Programme programme = r.programme();
 *   while (r.hasNext()) {
 *     ProjectEntry e = r.next();
 *     // e.project(), e.problems(), e.sourceMap().locate("/projects/" + e.index() + "/budget")
 *   }
 * }
 * }</pre>
 */
public interface DatasetReader extends AutoCloseable, Iterator<ProjectEntry> {
  /** The {@code format} as written; null when absent. */
  @Nullable
  String format();

  /** {@link DocumentKind#DATASET}, or null when the document is not a dataset. */
  @Nullable
  DocumentKind kind();

  /** The programme; null when absent or unreadable. */
  @Nullable
  Programme programme();

  /** The calls, in document order. */
  List<Call> calls();

  /** Problems of the root object, the programme and the calls. */
  List<Violation> headerProblems();

  /** Where the header's values are (pointers from the dataset's root, e.g. {@code /calls/0/code}). */
  SourceMap headerSourceMap();

  /** Whether another project follows. */
  @Override
  boolean hasNext();

  /**
   * The next project.
   *
   * @throws NoSuchElementException when none follows
   */
  @Override
  ProjectEntry next();

  /**
   * Problems after the projects (unknown properties, trailing content, a missing {@code format} or
   * {@code kind} of a streamed dataset); complete at the end.
   */
  List<Violation> trailerProblems();

  /** Releases the input. */
  @Override
  void close();
}
