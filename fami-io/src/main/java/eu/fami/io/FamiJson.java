package eu.fami.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.fami.model.Call;
import eu.fami.model.Programme;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes {@code fami/1} documents of every kind: programme, call, project, report and
 * dataset. Immutable and thread-safe: build one and share it.
 *
 * <p><b>Reading</b> is strict and collects problems instead of throwing: malformed JSON
 * (FAMI-IO-001), unknown properties (FAMI-IO-002; warnings in lenient mode), values of the wrong
 * type or unparseable (FAMI-IO-003, the value is absent in the model and reading goes on),
 * duplicate properties (FAMI-IO-004, the first value is kept), input limits (FAMI-IO-005, see
 * {@link ReadLimits}), an unsupported {@code format} or {@code kind} (FAMI-IO-006); numbers out of
 * the bounds the model can hold (counts outside 0..999,999,999, amounts and rates of 10^13 or more)
 * are FAMI-FMT-004, decided from the number's text; a missing {@code format} or {@code kind} is
 * FAMI-FMT-001. Every problem has a JSON pointer, a line and a column (in characters). The input
 * must be UTF-8; a UTF-8 byte order mark at the start is accepted and skipped. {@code null} is not
 * a value of the format: it is FAMI-IO-003 (omit an absent value). A syntax error, a document size
 * limit, nesting depth and string, name or number length stop reading; the document then holds
 * what was read before. Everything else is kept as submitted (an amount of {@code 12.345} or
 * {@code -1.00}, a 14-character CUP: validation judges them), and inside a dataset a call or
 * project that omits {@code period} or {@code programme} keeps it absent. Missing required values
 * are validation's to report, except {@code format} and {@code kind}. A failing file or stream
 * (not its content) is an {@link UncheckedIOException}.
 *
 * <p><b>Writing</b> is canonical: {@code format} and {@code kind} first, then a fixed property order
 * per type, two-space indentation, one member or element per line, amounts in plain notation with
 * two decimals (an amount holding more is written exactly), absent values and empty lists omitted,
 * a final newline. Reading what was written gives an equal object.
 *
 * <pre>{@code
 * FamiJson json = FamiJson.defaults();
 * ReadResult r = json.read(Path.of("project.json"));
 * r.problems().forEach(System.out::println);
 * Project p = r.document(Project.class).orElseThrow();
 * String canonical = json.writeString(p);
 * }</pre>
 */
public final class FamiJson {
  private static final FamiJson DEFAULTS = builder().build();

  private final ReadLimits limits;
  private final boolean unknownAsWarnings;
  private final JsonFactory factory;
  private final DocumentReader reader;

  private FamiJson(Builder b) {
    this.limits = b.limits;
    this.unknownAsWarnings = b.unknownAsWarnings;
    this.factory = newFactory(limits, false);
    this.reader = new DocumentReader(factory, limits, unknownAsWarnings);
  }

  /** A reader and writer with the default limits, strict about unknown properties. */
  public static FamiJson defaults() {
    return DEFAULTS;
  }

  /** A builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits in force. */
  public ReadLimits limits() {
    return limits;
  }

  /** Whether unknown properties are reported as warnings rather than errors. */
  public boolean unknownPropertiesAsWarnings() {
    return unknownAsWarnings;
  }

  static JsonFactory newFactory(ReadLimits limits, boolean strictDuplicates) {
    JsonFactoryBuilder b = new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // a character outside the BMP is written as its UTF-8 bytes, as writeString does, not as
        // an escaped surrogate pair: the canonical form does not depend on the output
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    if (strictDuplicates) {
      b.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
    return b.build();
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads the document in {@code file}.
   *
   * @throws UncheckedIOException when the file cannot be opened or read (not for its content)
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    return reader.read(Source.of(file));
  }

  /**
   * Reads the document in {@code in}, to its end; {@code in} is not closed. When {@code kind}
   * follows other members, up to {@link ReadLimits#maxDocumentBytes()} are kept to read again.
   *
   * @throws UncheckedIOException when the stream fails (not for its content)
   */
  public ReadResult read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return reader.read(Source.of(in, limits.maxDocumentBytes()));
  }

  /** Reads the document in {@code json} (UTF-8). */
  public ReadResult read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return reader.read(Source.of(json));
  }

  /** Reads the document in {@code json}. A lone surrogate in the text is FAMI-IO-001. */
  public ReadResult read(String json) {
    Objects.requireNonNull(json, "json");
    CharsetEncoder enc = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb;
    try {
      bb = enc.encode(CharBuffer.wrap(json));
    } catch (CharacterCodingException e) {
      return loneSurrogate(json);
    }
    byte[] bytes = new byte[bb.remaining()];
    bb.get(bytes);
    return read(bytes);
  }

  private static ReadResult loneSurrogate(String json) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        i++;
        col++;
      } else if (Character.isSurrogate(c)) {
        break;
      } else if (c == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    Violation v = Violation.builder()
        .rule(RuleIds.IO_001)
        .severity(Severity.ERROR)
        .location(Location.of("", line, col))
        .putArguments("detail", "a lone surrogate: the text is not Unicode")
        .build();
    return new ReadResult(null, null, null, List.of(v), SourceMap.empty());
  }

  /**
   * Opens the dataset in {@code file} for streaming; close the reader.
   *
   * @throws UncheckedIOException when the file cannot be opened or read (not for its content)
   */
  public DatasetReader openDataset(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return openDataset(in, true);
  }

  /**
   * Opens the dataset in {@code in} for streaming; {@code in} is not closed.
   *
   * @throws UncheckedIOException when the stream fails (not for its content)
   */
  public DatasetReader openDataset(InputStream in) {
    Objects.requireNonNull(in, "in");
    return openDataset(new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller owns the stream
      }
    }, false);
  }

  private DatasetReader openDataset(InputStream raw, boolean owned) {
    Utf8Input in;
    try {
      in = Utf8Input.open(raw);
    } catch (Utf8Input.SourceFailure e) {
      closeQuietly(raw);
      throw new UncheckedIOException((IOException) e.getCause());
    }
    if (in.encodingProblem() != null) {
      closeQuietly(in);
      return new StreamingDatasetReader(DocumentReader.encodingProblem(in).problems().get(0));
    }
    in.cap(limits.maxDatasetBytes(), "maxDatasetBytes", limits.maxDatasetBytes());
    JsonParser p = DocumentReader.parser(factory, in);
    try {
      return new StreamingDatasetReader(p, in, limits, unknownAsWarnings);
    } catch (RuntimeException e) {
      DocumentReader.close(p);
      throw e;
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing to report about the document
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes {@code document} (a Programme, Call, Project, ReportDocument or Dataset) in canonical
   * form, UTF-8; flushes, does not close {@code out}.
   *
   * @throws IllegalArgumentException when {@code document} is of no document type
   * @throws UncheckedIOException when the stream fails
   */
  public void write(Object document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    check(document);
    try (JsonGenerator g = generator(out)) {
      new ModelWriter(g).any(document);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** {@code document} in canonical form (see {@link #write}). */
  public String writeString(Object document) {
    check(document);
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(sw)) {
      g.setPrettyPrinter(new CanonicalPrettyPrinter());
      new ModelWriter(g).any(document);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw failure(e);
    }
    return sw.toString();
  }

  /**
   * Opens a dataset on {@code out}: writes the envelope, the programme (if not null) and the
   * calls; projects follow one by one.
   */
  public DatasetWriter openDatasetWriter(OutputStream out, Programme programme, List<Call> calls) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(calls, "calls");
    try {
      JsonGenerator g = generator(out);
      DatasetWriter w = new DatasetWriter(g);
      w.modelWriter().datasetHeader(programme, calls);
      return w;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
    g.setPrettyPrinter(new CanonicalPrettyPrinter());
    return g;
  }

  private static void check(Object document) {
    if (document == null) {
      throw new IllegalArgumentException("no document to write");
    }
  }

  static RuntimeException failure(IOException e) {
    if (e instanceof JsonGenerationException) {
      return new IllegalArgumentException("cannot write: " + e.getMessage(), e);
    }
    return new UncheckedIOException(e);
  }

  // ---------------------------------------------------------------- databind

  /**
   * A new {@link ObjectMapper} configured for fami/1: the {@link FamiModule} of the default
   * reader, strict duplicate detection, failure on trailing tokens and unknown properties, exact
   * decimals ({@code USE_BIG_DECIMAL_FOR_FLOATS}), plain decimals on output, and the default
   * {@link ReadLimits} as Jackson's {@code StreamReadConstraints}. Build one per process.
   */
  public static ObjectMapper newObjectMapper() {
    return DEFAULTS.objectMapper();
  }

  /** A new {@link ObjectMapper} as {@link #newObjectMapper()}, with this instance's settings. */
  public ObjectMapper objectMapper() {
    return JsonMapper.builder(newFactory(limits, true))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .addModule(new FamiModule(this))
        .build();
  }

  /** Builder of {@link FamiJson}. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private boolean unknownAsWarnings;

    private Builder() {}

    /** The input limits (default {@link ReadLimits#defaults()}). */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Lenient mode: report unknown properties (FAMI-IO-002) as warnings. Default false. */
    public Builder unknownPropertiesAsWarnings(boolean lenient) {
      this.unknownAsWarnings = lenient;
      return this;
    }

    /** The reader and writer. */
    public FamiJson build() {
      return new FamiJson(this);
    }
  }
}
