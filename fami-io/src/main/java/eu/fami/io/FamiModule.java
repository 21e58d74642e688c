package eu.fami.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import eu.fami.model.AgeBreakdown;
import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.Cup;
import eu.fami.model.Dataset;
import eu.fami.model.DocumentKind;
import eu.fami.model.Expenditure;
import eu.fami.model.Financing;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.IndirectCosts;
import eu.fami.model.Partner;
import eu.fami.model.Period;
import eu.fami.model.Place;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.ReportDocument;
import eu.fami.model.report.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Jackson module for embedders: (de)serializers of the model types that delegate to the same
 * reader and writer code as {@link FamiJson}. A {@code Programme}, {@code Call}, {@code Project},
 * {@code ReportDocument} or {@code Dataset} is written as a {@code fami/1} document (with {@code
 * format} and {@code kind}) and read with or without them; the other model types and the value
 * wrappers ({@code Amount}, {@code Rate}, {@code Cup}, {@code Place}, {@code Quarter}, {@code
 * Period}) as their JSON values. Bad input makes a deserializer throw a {@link FamiReadException}
 * listing every problem, as Jackson's contract wants; use {@link FamiJson#newObjectMapper()} for a
 * correctly configured mapper, and {@link FamiJson#read} when you want the problems returned.
 *
 * <p>The implementations of the model types ({@code ImmutableProject}, ...) are registered too, so
 * that serializing one does not fall back to bean serialization.
 */
public final class FamiModule extends Module {
  private final FamiJson config;

  /** The module with the default limits, strict about unknown properties. */
  public FamiModule() {
    this(FamiJson.defaults());
  }

  /** The module with the limits and leniency of {@code config}. */
  public FamiModule(FamiJson config) {
    this.config = config;
  }

  @Override
  public String getModuleName() {
    return "fami";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return FamiModule.class.getName() + "@" + System.identityHashCode(config);
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers ser = new SimpleSerializers();
    SimpleDeserializers des = new SimpleDeserializers();
    document(ser, des, Programme.class, DocumentKind.PROGRAMME, (r, e) -> r.programme(e),
        (w, v) -> w.programme(v, true));
    document(ser, des, Call.class, DocumentKind.CALL, (r, e) -> r.call(e),
        (w, v) -> w.call(v, true));
    document(ser, des, Project.class, DocumentKind.PROJECT, (r, e) -> r.project(e),
        (w, v) -> w.project(v, true));
    document(ser, des, ReportDocument.class, DocumentKind.REPORT, (r, e) -> r.reportDocument(e),
        (w, v) -> w.reportDocument(v));
    document(ser, des, Dataset.class, DocumentKind.DATASET, (r, e) -> r.dataset(e),
        (w, v) -> w.any(v));
    part(ser, des, Allocation.class, ModelReader::allocation, ModelWriter::allocation);
    part(ser, des, Classification.class, ModelReader::classification,
        ModelWriter::classification);
    part(ser, des, ProjectWindow.class, ModelReader::projectWindow, ModelWriter::projectWindow);
    part(ser, des, Partner.class, ModelReader::partner, ModelWriter::partner);
    part(ser, des, Budget.class, ModelReader::budget, ModelWriter::budget);
    part(ser, des, IndirectCosts.class, ModelReader::indirectCosts, ModelWriter::indirectCosts);
    part(ser, des, BudgetLine.class, ModelReader::budgetLine, ModelWriter::budgetLine);
    part(ser, des, Financing.class, ModelReader::financing, ModelWriter::financing);
    part(ser, des, IndicatorTarget.class, ModelReader::indicatorTarget,
        ModelWriter::indicatorTarget);
    part(ser, des, ProgressReport.class, ModelReader::progressReport,
        ModelWriter::progressReport);
    part(ser, des, Expenditure.class, ModelReader::expenditure, ModelWriter::expenditure);
    part(ser, des, IndicatorValue.class, ModelReader::indicatorValue,
        ModelWriter::indicatorValue);
    part(ser, des, GenderBreakdown.class, ModelReader::gender, ModelWriter::gender);
    part(ser, des, AgeBreakdown.class, ModelReader::age, ModelWriter::age);
    value(ser, des, Amount.class, r -> r.session().amount(),
        (g, v) -> g.writeNumber(ModelWriter.number(v.value())));
    value(ser, des, Rate.class, r -> r.session().rate(),
        (g, v) -> g.writeNumber(ModelWriter.number(v.value())));
    value(ser, des, Cup.class, r -> r.session().cup(), (g, v) -> g.writeString(v.value()));
    value(ser, des, Place.class, r -> r.session().place(), (g, v) -> g.writeString(v.code()));
    value(ser, des, Quarter.class, r -> r.session().quarter(),
        (g, v) -> g.writeString(v.value()));
    value(ser, des, Period.class, r -> r.session().period(), (g, v) -> g.writeString(v.code()));
    context.addSerializers(ser);
    context.addDeserializers(des);
  }

  @FunctionalInterface
  private interface Write<T> {
    void write(ModelWriter w, T value) throws IOException;
  }

  @FunctionalInterface
  private interface WriteValue<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  @FunctionalInterface
  private interface ReadDocument<T> {
    T read(ModelReader r, Envelope env);
  }

  private <T> void document(SimpleSerializers ser, SimpleDeserializers des, Class<T> type,
      DocumentKind kind, ReadDocument<T> read, Write<T> write) {
    register(ser, type, (g, v) -> write.write(new ModelWriter(g), v));
    des.addDeserializer(type, new Reading<>(type, r -> {
      Session s = r.session();
      if (!s.startObject()) {
        return null;
      }
      return read.read(r, new Envelope(kind));
    }));
  }

  private <T> void part(SimpleSerializers ser, SimpleDeserializers des, Class<T> type,
      Function<ModelReader, T> read, Write<T> write) {
    register(ser, type, (g, v) -> write.write(new ModelWriter(g), v));
    des.addDeserializer(type, new Reading<>(type, read));
  }

  private <T> void value(SimpleSerializers ser, SimpleDeserializers des, Class<T> type,
      Function<ModelReader, T> read, WriteValue<T> write) {
    register(ser, type, write);
    des.addDeserializer(type, new Reading<>(type, read));
  }

  private static <T> void register(SimpleSerializers ser, Class<T> type, WriteValue<T> write) {
    JsonSerializer<T> s = new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        write.write(gen, value);
      }

      @Override
      public Class<T> handledType() {
        return type;
      }
    };
    ser.addSerializer(type, s);
    Class<?> impl = immutableType(type);
    if (impl != null) {
      @SuppressWarnings("unchecked")
      Class<T> cast = (Class<T>) impl;
      ser.addSerializer(cast, s);
    }
  }

  private static Class<?> immutableType(Class<?> type) {
    if (!type.isInterface()) {
      return null;
    }
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** A deserializer running one model reader over databind's parser. */
  private final class Reading<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<ModelReader, T> read;

    Reading(Class<T> type, Function<ModelReader, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Session s = new Session(p, null, config.limits(), config.unknownPropertiesAsWarnings());
      s.nodes = new NodeTable("", 16);
      s.tok = p.currentToken();
      List<Violation> problems = new ArrayList<>();
      s.swapProblems(problems);
      T value;
      try {
        int nesting = s.nesting();
        s.root();
        value = read.apply(new ModelReader(s));
        if (s.aborted && !s.fatal) {
          // too many problems: leave the parser at the end of the value, as databind expects
          s.skipToEndOf(nesting);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (Violation v : problems) {
        if (v.isError()) {
          throw new FamiReadException(p, type, problems);
        }
      }
      return value;
    }
  }
}
