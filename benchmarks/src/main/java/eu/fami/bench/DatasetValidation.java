package eu.fami.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.fami.io.schema.JsonSchemas;
import eu.fami.model.DocumentKind;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One dataset file, three ways: {@code floor} only tokenizes it with Jackson's streaming parser (no
 * value is even decoded), {@code peer} checks it against a JSON Schema of the dataset kind with a
 * general validator (tree, then schema), {@code fami} validates it fully ({@code
 * Fami.defaults().validate(path)}: read, field checks, every rule, the report). The datasets come
 * from {@link BenchDatasets} in {@code -Dfami.bench.data} (default {@code target/bench-data}).
 * Setup checks that the way measured finds the file valid, so that each measures the same work.
 * The peer's tree of the 100k-project dataset (1.2 GB) takes about 5 GB of heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx10g"})
public class DatasetValidation {
  /** Projects in the dataset. */
  @Param({"1000", "10000", "100000"})
  public int projects;

  private Path file;
  private final JsonFactory tokens = new JsonFactory();
  private final ObjectMapper mapper = new ObjectMapper();
  private Schema schema;
  private Fami fami;

  /** Locates (or generates) the dataset; checks that the benchmark's way accepts it. */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    prepare();
    String name = params.getBenchmark();
    check(name.substring(name.lastIndexOf('.') + 1));
  }

  /** Locates (or generates) the dataset and builds the validators. */
  void prepare() {
    file = BenchDatasets.ensure(BenchDatasets.dataDir(), projects);
    schema = datasetSchema();
    fami = Fami.defaults();
  }

  /**
   * Runs {@code way} ({@code floor}, {@code peer} or {@code fami}) once and checks that it finds
   * the dataset valid, so that each way measures the same work.
   */
  Object check(String way) {
    switch (way) {
      case "peer":
        List<Error> errors = peer();
        if (!errors.isEmpty()) {
          throw new IllegalStateException("the schema rejects " + file + ": " + errors.get(0));
        }
        return errors;
      case "fami":
        ValidationReport report = fami();
        if (!report.getViolations().isEmpty()) {
          throw new IllegalStateException(file + " is not valid: " + report.getViolations().get(0));
        }
        return report;
      default:
        try {
          return floor();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
    }
  }

  /** Tokenizes the file: the raw-scan floor. Answers the number of tokens. */
  @Benchmark
  public long floor() throws IOException {
    long n = 0;
    try (JsonParser p = tokens.createParser(file.toFile())) {
      while (p.nextToken() != null) {
        n++;
      }
    }
    return n;
  }

  /** Reads the file into a tree and checks it against the schema. */
  @Benchmark
  public List<Error> peer() {
    try {
      return schema.validate(mapper.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates the file with fami: read, field checks, every rule, the report. */
  @Benchmark
  public ValidationReport fami() {
    return fami.validate(file);
  }

  /** The published JSON Schema of the dataset kind ({@code fami schema dataset}, draft 2020-12). */
  static Schema datasetSchema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonSchemas.of(DocumentKind.DATASET), InputFormat.JSON);
  }
}
