package eu.fami.io.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.fami.model.Amount;
import eu.fami.model.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published schemas: pinned by golden files, and checked with an independent validator
 * (networknt json-schema-validator) against the example documents and broken copies of them.
 */
class JsonSchemasTest {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);

  static {
    for (DocumentKind k : DocumentKind.values()) {
      SCHEMAS.put(k, REGISTRY.getSchema(JsonSchemas.tree(k)));
    }
  }

  @ParameterizedTest(name = "{0}: pinned by its golden file")
  @EnumSource(DocumentKind.class)
  void golden(DocumentKind kind) throws IOException {
    String schema = JsonSchemas.of(kind);
    String name = kind.code() + ".schema.json";
    String update = System.getProperty("fami.golden.update");
    if (update != null) {
      Path dir = Path.of(update, "schema");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), schema, StandardCharsets.UTF_8);
    }
    assertThat(schema).isEqualTo(resource("/golden/schema/" + name));
    assertThat(JSON.readTree(schema))
        .isEqualTo(JSON.readTree(JSON.writeValueAsString(JsonSchemas.tree(kind))));
  }

  @ParameterizedTest(name = "{0} validates against its schema")
  @ValueSource(strings = {
      "programme-it-2021-2027.json",
      "call-formazione-linguistica-2023.json",
      "project-com-in-5.json",
      "project-lab-impact-2463.json",
      "report-fl-lig-2024-q1.json",
      "dataset-formazione-linguistica.json"})
  void everyExampleIsValid(String example) {
    ObjectNode doc = example(example);
    DocumentKind kind = DocumentKind.fromCode(doc.get("kind").asText()).orElseThrow();
    assertThat(errors(kind, doc)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} = {2} breaks the schema")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "project-com-in-5.json              | /colour                          | 'red'",
      "project-com-in-5.json              | /format                          | 'fami/2'",
      "project-com-in-5.json              | /kind                            | 'call'",
      "project-com-in-5.json              | /title                           | '   '",
      "project-com-in-5.json              | /cup                             | 'J79I2300029000'",
      "project-com-in-5.json              | /start                           | '2023-13-45'",
      "project-com-in-5.json              | /start                           | null",
      "project-com-in-5.json              | /territory/0                     | 'ITZZ'",
      "project-com-in-5.json              | /targetGroups                    | ['WOMEN','WOMEN']",
      "project-com-in-5.json              | /partners/0/legalForm            | 'TRIBE'",
      "project-com-in-5.json              | /partners/0/region               | 'ITX9'",
      "project-com-in-5.json              | /budget/total                    | 12.345",
      "project-com-in-5.json              | /budget/total                    | -1",
      "project-com-in-5.json              | /budget/total                    | 10000000000000",
      "project-com-in-5.json              | /budget/total                    | '100.00'",
      "project-com-in-5.json              | /budget/indirectCosts/rate       | 1.5",
      "project-com-in-5.json              | /partners                        | []",
      "project-com-in-5.json              | /period                          | '2028-2034'",
      "programme-it-2021-2027.json        | /allocations/1/declaredShare     | -0.1",
      "call-formazione-linguistica-2023.json | /maxDurationMonths            | 1.5",
      "report-fl-lig-2024-q1.json         | /quarter                         | '2024-Q5'",
      "report-fl-lig-2024-q1.json         | /indicators/0/total              | 1000000000",
      "report-fl-lig-2024-q1.json         | /report                          | {}",
      "report-fl-lig-2024-q1.json         | /expenditure/0/amount            | -0.001",
      "dataset-formazione-linguistica.json | /projects/0/format              | 'fami/1'",
      "dataset-formazione-linguistica.json | /calls/0/projectWindow/from     | '2023-01-01'",
  })
  void brokenCopiesFail(String example, String pointer, String json) throws IOException {
    ObjectNode doc = example(example);
    set(doc, pointer, JSON.readTree(json.replace('\'', '"')));
    DocumentKind kind = DocumentKind.fromCode(example.substring(0, example.indexOf('-')))
        .orElseThrow();
    assertThat(errors(kind, doc)).as("errors of %s with %s = %s", example, pointer, json)
        .isNotEmpty();
  }

  @ParameterizedTest(name = "a {0} without {1} fails; inside a dataset it may omit it")
  @CsvSource({"project, period", "project, programme", "call, period", "call, programme"})
  void periodAndProgrammeAreRequiredOutsideADataset(String kind, String property) {
    String example = kind.equals("project") ? "project-com-in-5.json"
        : "call-formazione-linguistica-2023.json";
    ObjectNode doc = example(example);
    doc.remove(property);
    assertThat(errors(DocumentKind.fromCode(kind).orElseThrow(), doc)).isNotEmpty();

    ObjectNode dataset = example("dataset-formazione-linguistica.json");
    ((ObjectNode) dataset.withArray(kind + "s").get(0)).remove(property);
    assertThat(errors(DocumentKind.DATASET, dataset)).isEmpty();
  }

  @ParameterizedTest(name = "a correction of {0} is an amount of any sign")
  @ValueSource(strings = {"-120.50", "0", "99.99"})
  void expenditureAmountsMayBeNegative(String amount) {
    ObjectNode doc = example("report-fl-lig-2024-q1.json");
    set(doc, "/expenditure/0/amount", JSON.getNodeFactory().numberNode(new BigDecimal(amount)));
    assertThat(errors(DocumentKind.REPORT, doc)).isEmpty();
  }

  /** The schema's amount and the model's {@link Amount#isValid()} agree on every value. */
  @Property(tries = 300)
  void theSchemaJudgesAmountsAsTheModelDoes(
      @ForAll @Scale(4) @BigRange(min = "-1000", max = "100000000000000") BigDecimal value) {
    ObjectNode doc = example("project-com-in-5.json");
    set(doc, "/budget/total", JSON.getNodeFactory().numberNode(value));
    assertThat(errors(DocumentKind.PROJECT, doc).isEmpty())
        .as("schema-valid %s", value)
        .isEqualTo(Amount.of(value).isValid());
  }

  private static List<Error> errors(DocumentKind kind, JsonNode doc) {
    return SCHEMAS.get(kind).validate(doc);
  }

  private static void set(ObjectNode doc, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    ContainerNode<?> parent = (ContainerNode<?>) doc.at(p.head());
    if (parent instanceof ArrayNode) {
      ((ArrayNode) parent).set(Integer.parseInt(p.last().getMatchingProperty()), value);
    } else {
      ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
    }
  }

  private static ObjectNode example(String name) {
    try {
      return (ObjectNode) JSON.readTree(resource("/examples/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String path) {
    try (InputStream in = JsonSchemasTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
