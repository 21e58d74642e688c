package eu.fami.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.DocumentKind;
import eu.fami.model.ProgressReport;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.ReportDocument;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads one whole document of any kind ({@link FamiJson#read}). The kind decides how the members
 * are read; when {@code kind} does not come before the other members, the reader looks for it
 * first and then reads the document again from its start.
 */
final class DocumentReader {
  private final JsonFactory factory;
  private final ReadLimits limits;
  private final boolean lenient;

  DocumentReader(JsonFactory factory, ReadLimits limits, boolean lenient) {
    this.factory = factory;
    this.limits = limits;
    this.lenient = lenient;
  }

  ReadResult read(Source src) {
    ReadResult r = attempt(src, false, null);
    if (r != null) {
      return r;
    }
    if (!src.rewind()) {
      return tooLargeToRewind();
    }
    String hint = prescan(src);
    if (!src.rewind()) {
      return tooLargeToRewind();
    }
    return attempt(src, true, hint);
  }

  private ReadResult tooLargeToRewind() {
    Violation v = Violation.builder()
        .rule(RuleIds.IO_005)
        .severity(Severity.ERROR)
        .location(Location.of(""))
        .putArguments("limit", "maxDocumentBytes")
        .putArguments("maximum", Long.toString(limits.maxDocumentBytes()))
        .build();
    return new ReadResult(null, null, null, List.of(v), SourceMap.empty());
  }

  /** Opens {@code src} as UTF-8 text, or answers why it is not. */
  static Utf8Input open(Source src) {
    InputStream raw;
    try {
      raw = src.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return Utf8Input.open(raw);
    } catch (Utf8Input.SourceFailure e) {
      try {
        raw.close();
      } catch (IOException ignored) {
        // the failure reported is the first one
      }
      throw new UncheckedIOException((IOException) e.getCause());
    }
  }

  static ReadResult encodingProblem(Utf8Input in) {
    Violation v = Violation.builder()
        .rule(RuleIds.IO_001)
        .severity(Severity.ERROR)
        .location(Location.of("", in.encodingProblemLine(), in.encodingProblemColumn()))
        .putArguments("detail", in.encodingProblem())
        .build();
    return new ReadResult(null, null, null, List.of(v), SourceMap.empty());
  }

  static JsonParser parser(JsonFactory factory, Utf8Input in) {
    try {
      return factory.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void close(JsonParser p) {
    try {
      p.close();
    } catch (IOException e) {
      // closing a file or stream we opened: nothing to report about the document
    }
  }

  /** Reads the document; null when its kind follows other members and was not {@code hinted}. */
  private ReadResult attempt(Source src, boolean hinted, String hint) {
    Utf8Input in = open(src);
    if (in.encodingProblem() != null) {
      close(in);
      return encodingProblem(in);
    }
    DocumentKind dispatch =
        hinted && hint != null ? DocumentKind.fromCode(hint).orElse(null) : null;
    capFor(in, dispatch);
    JsonParser p = parser(factory, in);
    try {
      Session s = new Session(p, in, limits, lenient);
      s.nodes = new NodeTable("", 64);
      ModelReader mr = new ModelReader(s);
      JsonToken t = s.next();
      if (t == null) {
        if (!s.fatal) {
          s.endPosition();
          s.add(RuleIds.IO_001, Severity.ERROR, "", s.line, s.col, "detail", "empty input");
        }
        return new ReadResult(null, null, null, s.problems(), s.nodes);
      }
      s.root();
      if (t != JsonToken.START_OBJECT) {
        s.typeError(Expected.OBJECT);
        s.leave();
        trailing(s);
        s.nodes.finish();
        src.settled();
        return new ReadResult(null, null, null, s.problems(), s.nodes);
      }
      int rootLine = s.line;
      int rootCol = s.col;
      s.startObject();
      Envelope env = new Envelope(null);
      Object doc = null;
      String name;
      while ((name = s.nextMemberName()) != null) {
        if (name.equals("format") || name.equals("kind")) {
          String m = s.acceptMember(Envelope.FIELDS, name);
          if (m != null) {
            env.member(s, m);
            s.leave();
            if (m.equals("kind") && !hinted) {
              dispatch = env.kind;
              capFor(in, dispatch);
              hinted = true;
              src.settled();
            }
          }
          continue;
        }
        if (!hinted) {
          return null;
        }
        if (dispatch == null) {
          // no kind to read the members by: only their syntax is checked
          s.skipMemberValue();
          continue;
        }
        s.pushBack();
        doc = read(mr, dispatch, env);
        break;
      }
      if (s.aborted) {
        s.skipToEndOf(1);
        s.aborted = false;
      }
      if (doc == null && dispatch != null) {
        doc = empty(dispatch);
      }
      if (s.depth > 0) {
        s.leave();
      }
      env.finish(s, rootLine, rootCol);
      trailing(s);
      s.nodes.finish();
      src.settled();
      DocumentKind kind = env.kind != null ? env.kind : dispatch;
      return new ReadResult(kind, env.format, doc, s.problems(), s.nodes);
    } finally {
      close(p);
    }
  }

  private void capFor(Utf8Input in, DocumentKind kind) {
    if (kind == DocumentKind.DATASET) {
      in.cap(limits.maxDatasetBytes(), "maxDatasetBytes", limits.maxDatasetBytes());
    } else {
      long cap = Math.min(limits.maxDocumentBytes(), limits.maxDatasetBytes());
      in.cap(cap, cap == limits.maxDocumentBytes() ? "maxDocumentBytes" : "maxDatasetBytes", cap);
    }
  }

  private static Object read(ModelReader mr, DocumentKind kind, Envelope env) {
    switch (kind) {
      case PROGRAMME:
        return mr.programme(env);
      case CALL:
        return mr.call(env);
      case PROJECT:
        return mr.project(env);
      case REPORT:
        return mr.reportDocument(env);
      case DATASET:
        return mr.dataset(env);
      default:
        throw new IllegalStateException(kind.toString());
    }
  }

  private static Object empty(DocumentKind kind) {
    switch (kind) {
      case PROGRAMME:
        return Programme.builder().build();
      case CALL:
        return Call.builder().build();
      case PROJECT:
        return Project.builder().build();
      case REPORT:
        return ReportDocument.builder().report(ProgressReport.builder().build()).build();
      case DATASET:
        return Dataset.builder().build();
      default:
        throw new IllegalStateException(kind.toString());
    }
  }

  /** Reports content after the root value (FAMI-IO-001). */
  static void trailing(Session s) {
    if (s.fatal) {
      return;
    }
    JsonToken t = s.next();
    if (t != null) {
      s.position();
      s.add(RuleIds.IO_001, Severity.ERROR, "", s.line, s.col,
          "detail", "content after the end of the document");
    }
  }

  private static void close(Utf8Input in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing to report about the document
    }
  }

  /** The first {@code kind} of the root object, "" when it is not a string, null when absent. */
  private String prescan(Source src) {
    Utf8Input in = open(src);
    if (in.encodingProblem() != null) {
      close(in);
      return null;
    }
    in.cap(limits.maxDatasetBytes(), "maxDatasetBytes", limits.maxDatasetBytes());
    JsonParser p = parser(factory, in);
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String n = p.currentName();
        JsonToken v = p.nextToken();
        if ("kind".equals(n)) {
          return v == JsonToken.VALUE_STRING ? p.getText() : "";
        }
        p.skipChildren();
      }
      return null;
    } catch (Utf8Input.SourceFailure e) {
      throw new UncheckedIOException((IOException) e.getCause());
    } catch (IOException | RuntimeException e) {
      return null;
    } finally {
      close(p);
    }
  }
}
