package eu.fami.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.fami.model.Call;
import eu.fami.model.DocumentKind;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@link DatasetReader} over one input. The constructor reads the header up to the {@code projects}
 * array; when {@code programme} and {@code calls} came before it, projects are then read one per
 * {@link #hasNext()}; otherwise they are read and kept until the end of the document.
 */
final class StreamingDatasetReader implements DatasetReader {
  private enum State {
    STREAMING,
    BUFFERED,
    DONE
  }

  private final JsonParser parser;
  private final Session s;
  private final ModelReader mr;
  private final Envelope env = new Envelope(DocumentKind.DATASET);
  private final List<Violation> header = new ArrayList<>();
  private final List<Violation> trailer = new ArrayList<>();
  private final NodeTable headerTable = new NodeTable("", 64);
  private final List<Call> calls = new ArrayList<>();
  private final ArrayDeque<ProjectEntry> buffer = new ArrayDeque<>();
  private Programme programme;
  private boolean programmeSeen;
  private boolean callsSeen;
  private State state = State.DONE;
  private ProjectEntry pending;
  private int index;
  private int tableCapacity = 128;
  private int rootLine;
  private int rootCol;
  private boolean closed;

  /** Reads the header of the dataset in {@code in}; {@code in} has no encoding problem. */
  StreamingDatasetReader(JsonParser parser, Utf8Input in, ReadLimits limits, boolean lenient) {
    this.parser = parser;
    this.s = new Session(parser, in, limits, lenient);
    this.mr = new ModelReader(s);
    s.nodes = headerTable;
    s.swapProblems(header);
    readHeader();
  }

  /** A reader of a document that is not UTF-8 text at all. */
  StreamingDatasetReader(Violation encodingProblem) {
    this.parser = null;
    this.s = null;
    this.mr = null;
    header.add(encodingProblem);
  }

  private void readHeader() {
    JsonToken t = s.next();
    if (t == null) {
      if (!s.fatal) {
        s.endPosition();
        s.add(RuleIds.IO_001, Severity.ERROR, "", s.line, s.col, "detail", "empty input");
      }
      return;
    }
    s.root();
    if (t != JsonToken.START_OBJECT) {
      s.typeError(Expected.OBJECT);
      s.leave();
      DocumentReader.trailing(s);
      headerTable.finish();
      return;
    }
    rootLine = s.line;
    rootCol = s.col;
    s.startObject();
    if (rootMembers()) {
      state = State.STREAMING;
    } else {
      state = State.BUFFERED;
    }
  }

  /**
   * Reads members of the root object until the streamed {@code projects} (true) or the end of the
   * document (false, everything read).
   */
  private boolean rootMembers() {
    String name;
    while ((name = s.nextMemberName()) != null) {
      String m = s.acceptMember(ModelReader.DATASET, name);
      if (m == null) {
        continue;
      }
      switch (m) {
        case "format":
          env.member(s, m);
          break;
        case "kind":
          env.member(s, m);
          if (env.kind == null) {
            // not a dataset: nothing to stream; only the syntax of the rest is checked
            s.leave();
            skipRest();
            return false;
          }
          break;
        case "programme":
          programmeSeen = true;
          programme = s.entity(() -> mr.programme(null));
          break;
        case "calls":
          callsSeen = true;
          s.list(() -> s.entity(() -> mr.call(null)), calls::add);
          break;
        case "projects":
          if (programmeSeen && callsSeen) {
            if (s.startArray()) {
              s.swapProblems(trailer);
              return true;
            }
          } else if (s.startArray()) {
            // the header is not complete: keep the projects until it is, within a limit
            s.position();
            long start = s.offset;
            long max = s.limits.maxBufferedBytes();
            long values = 0;
            ProjectEntry e;
            while ((e = nextEntry()) != null) {
              buffer.addLast(e);
              values += ((NodeTable) e.sourceMap()).size();
              s.position();
              boolean tooLarge = s.offset - start > max;
              if ((tooLarge || values > s.limits.maxValues()) && !s.fatal) {
                if (s.next() != JsonToken.END_ARRAY && s.tok != null) {
                  s.position();
                  s.add(RuleIds.IO_005, Severity.ERROR, "/projects/" + index, s.line, s.col,
                      "limit", tooLarge ? "maxBufferedBytes" : "maxValues", "maximum",
                      Long.toString(tooLarge ? max : s.limits.maxValues()));
                  s.skipRestOfArray();
                }
                break;
              }
            }
          }
          break;
        default:
          break;
      }
      s.leave();
    }
    endOfRoot();
    return false;
  }

  private void skipRest() {
    while (!s.fatal && s.nextMemberName() != null) {
      s.skipMemberValue();
    }
    endOfRoot();
  }

  private void endOfRoot() {
    if (s.aborted) {
      s.skipToEndOf(1);
      s.aborted = false;
    }
    if (s.depth > 0) {
      s.leave();
    }
    List<Violation> saved = s.swapProblems(header);
    env.finish(s, rootLine, rootCol);
    s.swapProblems(saved);
    DocumentReader.trailing(s);
    headerTable.finish();
  }

  /** Reads the next element of {@code projects}; null at its end. */
  private ProjectEntry nextEntry() {
    if (s.fatal) {
      return null;
    }
    JsonToken t = s.nextElement(index);
    if (t == null || t == JsonToken.END_ARRAY) {
      return null;
    }
    if (index >= s.limits.maxProjects()) {
      s.position();
      s.add(RuleIds.IO_005, Severity.ERROR, "/projects/" + index, s.line, s.col,
          "limit", "maxProjects", "maximum", Long.toString(s.limits.maxProjects()));
      s.skipRestOfArray();
      return null;
    }
    int i = index++;
    NodeTable table = new NodeTable("/projects/" + i, tableCapacity);
    List<Violation> problems = new ArrayList<>();
    List<Violation> saved = s.swapProblems(problems);
    Session.Frame frame = s.enter(table);
    s.root();
    s.resetProblemBudget();
    Project p = s.entity(() -> mr.project(null));
    if (s.depth > 0) {
      s.leave();
    }
    s.exit(frame);
    s.swapProblems(saved);
    tableCapacity = Math.max(64, table.size() + 16);
    return new ProjectEntry(i, p, problems, table);
  }

  @Override
  public String format() {
    return env.format;
  }

  @Override
  public DocumentKind kind() {
    return env.kind;
  }

  @Override
  public Programme programme() {
    return programme;
  }

  @Override
  public List<Call> calls() {
    return Collections.unmodifiableList(calls);
  }

  @Override
  public List<Violation> headerProblems() {
    return Collections.unmodifiableList(header);
  }

  @Override
  public SourceMap headerSourceMap() {
    return headerTable;
  }

  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    switch (state) {
      case BUFFERED:
        pending = buffer.pollFirst();
        if (pending == null) {
          state = State.DONE;
        }
        return pending != null;
      case STREAMING:
        pending = nextEntry();
        if (pending == null) {
          finishStreaming();
        } else if (s.fatal) {
          state = State.DONE;
        }
        return pending != null;
      default:
        return false;
    }
  }

  private void finishStreaming() {
    state = State.DONE;
    if (s.fatal) {
      return;
    }
    // after "projects": the rest of the root object
    s.leave();
    String name;
    while ((name = s.nextMemberName()) != null) {
      String m = s.acceptMember(ModelReader.DATASET, name);
      if (m == null) {
        continue;
      }
      switch (m) {
        case "format":
        case "kind":
          env.member(s, m);
          break;
        case "programme":
          programme = s.entity(() -> mr.programme(null));
          break;
        case "calls":
          s.list(() -> s.entity(() -> mr.call(null)), calls::add);
          break;
        default:
          s.skipValue();
          break;
      }
      s.leave();
    }
    if (s.aborted) {
      s.skipToEndOf(1);
      s.aborted = false;
    }
    if (s.depth > 0) {
      s.leave();
    }
    // a missing format or kind is known only now: a trailer problem (the header was handed out)
    env.finish(s, rootLine, rootCol);
    DocumentReader.trailing(s);
    headerTable.finish();
  }

  @Override
  public ProjectEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ProjectEntry e = pending;
    pending = null;
    return e;
  }

  @Override
  public List<Violation> trailerProblems() {
    return Collections.unmodifiableList(trailer);
  }

  @Override
  public void close() {
    if (!closed && parser != null) {
      closed = true;
      DocumentReader.close(parser);
    }
  }
}
