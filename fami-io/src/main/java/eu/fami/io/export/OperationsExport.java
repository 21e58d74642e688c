package eu.fami.io.export;

import eu.fami.io.DatasetReader;
import eu.fami.io.FamiJson;
import eu.fami.io.ProjectEntry;
import eu.fami.io.ReadResult;
import eu.fami.model.DocumentKind;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.ProjectStatus;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The open-data list of operations (CPR Art 49(3)) of a dataset or of a single project, as CSV:
 * one row per operation selected for support (status ADMITTED or CLOSED; absent status means
 * ADMITTED), with the {@link Column columns} spelled by a {@link Profile}. A dataset is streamed,
 * one project at a time, in constant memory. Immutable and thread-safe.
 *
 * <p>The export publishes what was submitted; it does not validate (run the validator first). What
 * the reader reports is handed to the {@link Listener}: a project whose reading failed (it is not
 * an object, or reading stopped inside it on malformed JSON or an input limit, FAMI-IO-001 or
 * FAMI-IO-005) is skipped; a project with other read problems (a value of the wrong type, an
 * unknown property) is exported as far as it was read, the unreadable values left empty.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("operations.csv"))) {
 *   OperationsExport.Result r = OperationsExport.of(Profile.OPENCOESIONE)
 *       .export(Path.of("dataset.json"), out, OperationsExport.Listener.NONE);
 * }
 * }</pre>
 */
public final class OperationsExport {
  private final Profile profile;
  private final char delimiter;
  private final FamiJson json;

  private OperationsExport(Profile profile, char delimiter, FamiJson json) {
    this.profile = profile;
    this.delimiter = delimiter;
    this.json = json;
  }

  /** An export in {@code profile}, with its delimiter and the default reader. */
  public static OperationsExport of(Profile profile) {
    return new OperationsExport(Objects.requireNonNull(profile, "profile"), profile.delimiter(),
        FamiJson.defaults());
  }

  /**
   * This export with another delimiter.
   *
   * @throws IllegalArgumentException for a quote, a line break, or a letter or digit
   */
  public OperationsExport withDelimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n'
        || Character.isLetterOrDigit(delimiter)) {
      throw new IllegalArgumentException("not a usable delimiter: '" + delimiter + "'");
    }
    return new OperationsExport(profile, delimiter, json);
  }

  /** This export reading with {@code json} (other limits, lenient mode). */
  public OperationsExport withJson(FamiJson json) {
    return new OperationsExport(profile, delimiter, Objects.requireNonNull(json, "json"));
  }

  /** The profile. */
  public Profile profile() {
    return profile;
  }

  /** The delimiter. */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Writes the list of operations of the dataset or project document in {@code file} to {@code
   * out} (the header row first); flushes, does not close {@code out}.
   *
   * @throws IllegalArgumentException when the file holds a document of another kind
   * @throws UncheckedIOException when the file or {@code out} fails
   */
  public Result export(Path file, Writer out, Listener listener) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(listener, "listener");
    Sink sink = new Sink(out, listener);
    try (DatasetReader r = json.openDataset(file)) {
      if (r.kind() == DocumentKind.DATASET) {
        dataset(r, sink);
        return sink.result();
      }
    }
    ReadResult read = json.read(file);
    if (read.kind() != null && read.kind() != DocumentKind.PROJECT) {
      throw new IllegalArgumentException(
          file + " is a " + read.kind().code() + " document, not a dataset or a project");
    }
    sink.header();
    sink.problems(read.problems());
    if (read.document() instanceof Project) {
      if (stopped(read.problems())) {
        sink.skip(0);
      } else {
        sink.project((Project) read.document(), null);
      }
    }
    return sink.result();
  }

  private void dataset(DatasetReader r, Sink sink) {
    sink.problems(r.headerProblems());
    Programme programme = r.programme();
    String code = programme == null ? null : programme.getCode();
    sink.header();
    while (r.hasNext()) {
      ProjectEntry e = r.next();
      sink.problems(e.problems());
      if (e.project() == null || stopped(e.problems())) {
        sink.skip(e.index());
      } else {
        sink.project(e.project(), code);
      }
    }
    sink.problems(r.trailerProblems());
  }

  /** Whether reading stopped inside the value (malformed JSON, an input limit). */
  private static boolean stopped(List<Violation> problems) {
    for (Violation v : problems) {
      if (v.getRule().equals(RuleIds.IO_001) || v.getRule().equals(RuleIds.IO_005)) {
        return true;
      }
    }
    return false;
  }

  /** Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180). */
  static String quote(String cell, char delimiter) {
    if (cell.indexOf(delimiter) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** The writing side of one export, with its counts. */
  private final class Sink {
    private final Writer out;
    private final Listener listener;
    private final Cells cells = new Cells(profile);
    private int exported;
    private int notSelected;
    private int skipped;
    private int errors;

    Sink(Writer out, Listener listener) {
      this.out = out;
      this.listener = listener;
    }

    void header() {
      try {
        if (profile.byteOrderMark()) {
          out.write('\uFEFF');
        }
        StringBuilder row = new StringBuilder();
        for (Column c : Column.values()) {
          row.append(row.length() == 0 ? "" : String.valueOf(delimiter))
              .append(quote(c.title(profile), delimiter));
        }
        out.write(row.append("\r\n").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void project(Project p, String programme) {
      ProjectStatus status = p.effectiveStatus();
      if (status != ProjectStatus.ADMITTED && status != ProjectStatus.CLOSED) {
        notSelected++;
        return;
      }
      StringBuilder row = new StringBuilder(512);
      for (String cell : cells.row(p, programme)) {
        if (row.length() > 0) {
          row.append(delimiter);
        }
        row.append(quote(cell, delimiter));
      }
      try {
        out.write(row.append("\r\n").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      exported++;
    }

    void problems(List<Violation> problems) {
      for (Violation v : problems) {
        if (v.isError()) {
          errors++;
        }
        listener.problem(v);
      }
    }

    void skip(int index) {
      skipped++;
      listener.skipped(index);
    }

    Result result() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Result(exported, notSelected, skipped, errors);
    }
  }

  /** Hears what reading met while exporting. */
  public interface Listener {
    /** A listener that ignores everything. */
    Listener NONE = new Listener() {};

    /** A problem the reader reported (pointers from the document's root). */
    default void problem(Violation problem) {}

    /** A project left out because it could not be read: its index in {@code projects}. */
    default void skipped(int index) {}
  }

  /** The counts of one export. Immutable. */
  public static final class Result {
    private final int exported;
    private final int notSelected;
    private final int skipped;
    private final int errors;

    Result(int exported, int notSelected, int skipped, int errors) {
      this.exported = exported;
      this.notSelected = notSelected;
      this.skipped = skipped;
      this.errors = errors;
    }

    /** Rows written (operations). */
    public int exported() {
      return exported;
    }

    /** Projects not selected for support (SUBMITTED, REJECTED, WITHDRAWN), left out. */
    public int notSelected() {
      return notSelected;
    }

    /** Projects left out because they could not be read. */
    public int skipped() {
      return skipped;
    }

    /** Read problems of severity ERROR. */
    public int errors() {
      return errors;
    }

    /** Whether reading reported an error (the list may be incomplete or hold empty cells). */
    public boolean hasErrors() {
      return errors > 0;
    }

    @Override
    public String toString() {
      return "Result{exported=" + exported + ", notSelected=" + notSelected + ", skipped="
          + skipped + ", errors=" + errors + "}";
    }
  }
}
