package eu.fami.cli;

import static eu.fami.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.fami.io.catalogue.CatalogueFiles;
import eu.fami.io.schema.JsonSchemas;
import eu.fami.model.DocumentKind;
import eu.fami.model.Period;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code fami rules|catalogue|schema|export|generate} through the real entry point. */
class CommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BUILT_IN_RULES = 56;

  @TempDir Path dir;

  @Test
  void rulesListsEveryBuiltInRuleOnce() throws IOException {
    Cli r = Cli.run("rules", "--format", "json", "--lang", "it");
    assertThat(r.code).isZero();
    JsonNode rules = JSON.readTree(r.out);
    Set<String> ids = new HashSet<>();
    rules.forEach(d -> {
      ids.add(d.get("rule").asText());
      assertThat(d.get("message").asText()).as(d.get("rule").asText()).isNotBlank();
    });
    assertThat(rules).hasSize(BUILT_IN_RULES);
    assertThat(ids).hasSize(BUILT_IN_RULES).allMatch(id -> id.matches("FAMI-[A-Z]+-\\d{3}"));
    assertThat(Cli.run("rules").out).endsWith(BUILT_IN_RULES + " rules\n");
  }

  @ParameterizedTest(name = "catalogue --period {0} --format json reads back as the same catalogue")
  @EnumSource(Period.class)
  void catalogueJsonRoundTripsThroughCatalogueFiles(Period period) throws IOException {
    Cli r = Cli.run("catalogue", "--period", period.code(), "--format", "json");
    assertThat(r.code).isZero();
    Catalogue builtIn = Catalogue.builtIn(period);
    assertThat(readBack(r.out, builtIn).version()).isEqualTo(builtIn.version());
    int entries = 0;
    for (Table t : Table.values()) {
      entries += builtIn.entries(t).size();
    }
    ObjectNode printed = (ObjectNode) JSON.readTree(r.out);
    assertThat(printed.get("entries")).hasSize(entries);
    // the printed file is what is read: a changed label gives another catalogue
    ((ObjectNode) printed.get("entries").get(0)).put("labelEn", "changed");
    assertThat(readBack(JSON.writeValueAsString(printed), builtIn).version())
        .isNotEqualTo(builtIn.version());
  }

  private static Catalogue readBack(String json, Catalogue base) throws IOException {
    return CatalogueFiles.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "stdout", base);
  }

  @ParameterizedTest(name = "schema {0} prints the published schema")
  @EnumSource(DocumentKind.class)
  void schemaPrintsTheSchemaOfEachKind(DocumentKind kind) throws IOException {
    Cli r = Cli.run("schema", kind.code());
    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo(JsonSchemas.of(kind));
    JsonNode schema = JSON.readTree(r.out);
    assertThat(schema.get("$schema").asText()).endsWith("/draft/2020-12/schema");
    assertThat(schema.at("/properties/kind/const").asText()).isEqualTo(kind.code());
  }

  @Test
  void schemaOfAnUnknownKindIsAUsageError() {
    Cli r = Cli.run("schema", "budget");
    assertThat(r.code).isEqualTo(FamiCli.USAGE);
    assertThat(r.err).contains("validation-report");
  }

  @ParameterizedTest(name = "export {1}: pinned by {2}")
  @CsvSource(delimiter = '|', value = {
      "dataset-formazione-linguistica.json | --profile=rfc4180                       | export-dataset.csv",
      "project-com-in-5.json               | --profile=opencoesione                  | export-project-oc.csv",
      "project-lab-impact-2463.json        | --profile=opencoesione --delimiter=\\t   | export-project-oc-tab.csv",
  })
  void exportIsPinnedByGoldenFiles(String example, String options, String golden) throws IOException {
    String[] opts = options.trim().split(" ");
    String[] args = new String[opts.length + 2];
    args[0] = "export";
    System.arraycopy(opts, 0, args, 1, opts.length);
    args[args.length - 1] = example(example);
    Cli r = Cli.run(args);
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    String update = System.getProperty("fami.golden.update");
    if (update != null) {
      Files.createDirectories(Path.of(update));
      Files.writeString(Path.of(update, golden), r.out, StandardCharsets.UTF_8);
    }
    assertThat(r.out).isEqualTo(resource("/golden/" + golden));
  }

  @Test
  void exportNotesReadProblemsSkipsWhatCannotBeReadAndExitsWithOne() throws IOException {
    ObjectNode dataset = (ObjectNode) JSON.readTree(Path.of(example("dataset-formazione-linguistica.json")).toFile());
    ((ObjectNode) dataset.withArray("projects").get(1)).put("start", "soon");
    dataset.withArray("projects").add(7);
    Path file = Files.writeString(dir.resolve("d.json"), JSON.writeValueAsString(dataset));
    Cli r = Cli.run("export", "--lang", "en", file.toString());
    assertThat(r.code).isEqualTo(FamiCli.INVALID);
    assertThat(r.out.split("\r\n")).hasSize(4);
    assertThat(r.err).contains("FAMI-IO-003").contains("/projects/1/start")
        .contains("/projects/3 skipped").contains("3 operations exported, 1 projects skipped");
  }

  @ParameterizedTest(name = "export usage error: {0}")
  @CsvSource(delimiter = '|', value = {
      "--format=json",
      "--profile=excel",
      "--delimiter=;;",
      "--delimiter=\"",
      "--format=csv CALL",
      "--format=csv no-such-file.json",
  })
  void exportUsageErrorsExitWithTwo(String options) {
    String line = options.contains(" ") ? options : options + " PROJECT";
    String[] args = ("export " + line)
        .replace("PROJECT", example("project-com-in-5.json"))
        .replace("CALL", example("call-formazione-linguistica-2023.json")).split(" ");
    Cli r = Cli.run(args);
    assertThat(r.code).as(r.toString()).isEqualTo(FamiCli.USAGE);
    assertThat(r.err).startsWith("fami: ").doesNotContain("\tat ");
  }

  @Test
  void aGeneratedDatasetIsValidAndTheSameForTheSameSeed() throws IOException {
    Path a = dir.resolve("a.json");
    assertThat(Cli.run("generate", "--projects", "50", "--seed", "7", "--output", a.toString()).code)
        .isZero();
    Cli stdout = Cli.run("generate", "--projects", "50", "--seed", "7");
    assertThat(stdout.code).isZero();
    assertThat(stdout.out).isEqualTo(Files.readString(a));
    assertThat(Cli.run("generate", "--projects", "50", "--seed", "8").out).isNotEqualTo(stdout.out);

    Cli validate = Cli.run("validate", "--format", "json", a.toString());
    assertThat(validate.code).as(validate.toString()).isZero();
    JsonNode report = JSON.readTree(validate.out);
    assertThat(report.get("kind").asText()).isEqualTo("dataset");
    assertThat(report.get("errors").asInt()).isZero();
    assertThat(JSON.readTree(a.toFile()).get("projects")).hasSize(50);
  }

  @ParameterizedTest(name = "a generated dataset with {0} = {1} reports {2}")
  @CsvSource(delimiter = '|', value = {
      "/projects/3/cup                 | 'X12'           | FAMI-FMT-002",
      "/projects/4/territory/0         | 'ITZZ'          | FAMI-FMT-006",
      "/projects/5/code                | 'PROJECT-KEY-0' | FAMI-OVL-002",
      "/projects/6/reports/0/quarter   | '2024-Q7'       | FAMI-FMT-007",
  })
  void aKnownFaultInAGeneratedDatasetIsReported(String pointer, String value, String rule)
      throws IOException {
    Path file = dir.resolve("g.json");
    assertThat(Cli.run("generate", "--projects", "10", "--seed", "3", "--output", file.toString()).code)
        .isZero();
    ObjectNode dataset = (ObjectNode) JSON.readTree(file.toFile());
    String text = value.replace("'", "");
    if (text.equals("PROJECT-KEY-0")) {
      text = dataset.at("/projects/0/code").asText(); // a duplicate of the first project's code
    }
    JsonNode parent = dataset.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), text);
    } else {
      ((ObjectNode) parent).put(last, text);
    }
    Files.writeString(file, JSON.writeValueAsString(dataset));

    Cli r = Cli.run("validate", "--format", "json", file.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(FamiCli.INVALID);
    JsonNode violations = JSON.readTree(r.out).get("violations");
    assertThat(violations).anySatisfy(v -> {
      assertThat(v.get("rule").asText()).isEqualTo(rule);
      assertThat(v.get("path").asText()).startsWith(pointer.substring(0, pointer.indexOf('/', 10)));
    });
  }

  @ParameterizedTest(name = "generate usage error: {0}")
  @CsvSource({"--projects=-1", "--projects=many", "--seed=7", "--projects=1 --output=/no/such/dir/x.json"})
  void generateUsageErrorsExitWithTwo(String options) {
    String[] args = ("generate " + options).split(" ");
    assertThat(Cli.run(args).code).isEqualTo(FamiCli.USAGE);
  }

  private static String resource(String path) {
    try (InputStream in = CommandsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
