package eu.fami.io;

import eu.fami.model.DocumentKind;
import eu.fami.model.Nullable;
import eu.fami.model.report.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What reading one document gave: its kind and format as stated, the document as far as it could
 * be read, the problems found (FAMI-IO-*, plus FAMI-FMT-004 for numbers out of bounds and
 * FAMI-FMT-001 for a missing {@code format} or {@code kind}), and where each value is. Immutable.
 *
 * <p>The document holds what was submitted: a value that could not be read is absent, and a
 * problem says where it was. After a problem that stops reading (FAMI-IO-001, a document size
 * limit), the document holds what was read before it.
 */
public final class ReadResult {
  private final DocumentKind kind;
  private final String format;
  private final Object document;
  private final List<Violation> problems;
  private final SourceMap sourceMap;

  ReadResult(DocumentKind kind, String format, Object document, List<Violation> problems,
      SourceMap sourceMap) {
    this.kind = kind;
    this.format = format;
    this.document = document;
    this.problems = List.copyOf(problems);
    this.sourceMap = sourceMap;
  }

  /** The document's {@code kind}; null when absent, unsupported or unreadable. */
  @Nullable
  public DocumentKind kind() {
    return kind;
  }

  /** The document's {@code format} as written (even an unsupported one); null when absent. */
  @Nullable
  public String format() {
    return format;
  }

  /**
   * The document: a {@link eu.fami.model.Programme}, {@link eu.fami.model.Call}, {@link
   * eu.fami.model.Project}, {@link eu.fami.model.ReportDocument} or {@link eu.fami.model.Dataset};
   * null when nothing could be read (no supported kind, not a JSON object).
   */
  @Nullable
  public Object document() {
    return document;
  }

  /** The document if it is a {@code type}. */
  public <T> Optional<T> document(Class<T> type) {
    return type.isInstance(document) ? Optional.of(type.cast(document)) : Optional.empty();
  }

  /** The problems, in document order. */
  public List<Violation> problems() {
    return problems;
  }

  /** Whether a problem is an error (lenient mode reports unknown properties as warnings). */
  public boolean hasErrors() {
    for (Violation v : problems) {
      if (v.isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the value at {@code pointer} (a model pointer, as for {@link SourceMap#locate}), or a
   * value enclosing it, is absent because the reader could not read it (FAMI-IO-003, or
   * FAMI-FMT-004 for a number out of bounds): such a value is reported once, so validation does
   * not report it again as missing.
   */
  public boolean isUnreadable(String pointer) {
    return Unreadable.at(pointer, problems, sourceMap);
  }

  /** Where the document's values are. */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  @Override
  public String toString() {
    return "ReadResult{kind=" + kind + ", format=" + format + ", problems=" + problems + "}";
  }
}
