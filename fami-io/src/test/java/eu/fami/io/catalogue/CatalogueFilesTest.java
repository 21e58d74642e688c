package eu.fami.io.catalogue;

import static eu.fami.model.Period.P2014_2020;
import static eu.fami.model.Period.P2021_2027;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.fami.model.Period;
import eu.fami.model.TargetGroup;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.CatalogueEntry;
import eu.fami.model.catalogue.Sourced;
import eu.fami.model.catalogue.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogueFilesTest {
  private static final Catalogue C2021 = Catalogue.builtIn(P2021_2027);

  /** A file of 2021-2027 with the given members after format and period. */
  private static String file(String members) {
    return "{\"format\": \"fami-catalogue/1\", \"period\": \"2021-2027\""
        + (members.isEmpty() ? "" : ", " + members) + "}";
  }

  private static Catalogue read(String json, Catalogue base) throws IOException {
    return CatalogueFiles.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", base);
  }

  private static String write(Catalogue c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogueFiles.write(c, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  // --- round trips ------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(Period.class)
  void writtenCatalogueReadsBackEqual(Period period) throws IOException {
    Catalogue c = Catalogue.builtIn(period);
    Catalogue back = read(write(c), c);
    assertThat(back).isEqualTo(c);
    assertThat(back.version()).isEqualTo(c.version());
  }

  @Test
  void amendedCatalogueReadsBackEqualOverTheBuiltIn() throws IOException {
    CatalogueEntry b = C2021.entry(Table.NATIONAL_ACTION, "OS2", "b").orElseThrow();
    Catalogue amended = C2021.toBuilder()
        .entry(CatalogueEntry.builder().from(b).code("r").uncertain(true).build())
        .coFinancingCap("001", Sourced.uncertain(new BigDecimal("0.800"), "Regione X"))
        .eligibleTo(Sourced.of(java.time.LocalDate.of(2030, 6, 30), "proroga"))
        .targetGroups("TA", Sourced.of(EnumSet.noneOf(TargetGroup.class), "none"))
        .build();
    Catalogue back = read(write(amended), C2021);
    assertThat(back).isEqualTo(amended);
    assertThat(back.coFinancingCap("001").orElseThrow().value()).isEqualTo("0.800");
  }

  @Test
  void writingIsCanonicalAndOneLinePerEntry() throws IOException {
    String text = write(C2021);
    assertThat(text).startsWith("{\n  \"format\": \"fami-catalogue/1\",\n"
        + "  \"period\": \"2021-2027\",\n  \"version\": \"" + C2021.version() + "\",\n")
        .endsWith("}\n");
    assertThat(text.lines()).contains(
        "    { \"table\": \"NATIONAL_ACTION\", \"code\": \"b\", \"objective\": \"OS2\", "
            + "\"parent\": \"2.d\", \"labelIt\": \"Formazione linguistica\", "
            + "\"labelEn\": \"Language training\", \"source\": \"PN FAMI 2021-2027, OS2, "
            + "intervento b); measure 2.d per published calls\" },",
        "    \"realCostsThreshold\": { \"value\": 200000.00, \"source\": \"Reg. (EU) 2021/1060 "
            + "(CPR), Art 53(2) (up to this total cost, unit costs, lump sums or flat rates)\" },");
    assertThat(text.lines().filter(l -> l.contains("\"table\": \"INDICATOR\"")))
        .hasSize(C2021.entries(Table.INDICATOR).size());
    assertThat(text).doesNotContain("E+").isEqualTo(write(C2021.toBuilder().build()));
  }

  // --- amendments ------------------------------------------------------------------------------

  @Test
  void amendmentAddsARegionalActionAndOverridesAFigure() throws IOException {
    Catalogue c = read(file("\"entries\": [{\"table\": \"NATIONAL_ACTION\", \"code\": \"r\","
        + " \"objective\": \"OS2\", \"parent\": \"2.d\", \"labelIt\": \"Azione regionale\","
        + " \"labelEn\": \"Regional action\", \"source\": \"Regione X, avviso 2025\"}],"
        + " \"figures\": {\"coFinancingCap.001\": 0.80}"), C2021);
    CatalogueEntry r = c.entry(Table.NATIONAL_ACTION, "OS2", "r").orElseThrow();
    assertThat(r.getParent()).isEqualTo("2.d");
    assertThat(r.getSource()).isEqualTo("Regione X, avviso 2025");
    assertThat(r.isUncertain()).isFalse();
    Sourced<BigDecimal> cap = c.coFinancingCap("001").orElseThrow();
    assertThat(cap.value()).isEqualTo("0.80");
    assertThat(cap.source()).isEqualTo("catalogue file test.json");
    assertThat(c.version()).isNotEqualTo(C2021.version());
    assertThat(c.entries(Table.INTERVENTION_FIELD))
        .isEqualTo(C2021.entries(Table.INTERVENTION_FIELD));
  }

  @Test
  void theFileSourceSourcesWhatStatesNone() throws IOException {
    Catalogue c = read(file("\"source\": \"DGR 123/2025\", \"figures\": {"
        + "\"minimumShare.OS3\": 0.05, \"eligibleTo\": {\"value\": \"2030-06-30\","
        + " \"uncertain\": true}}, \"targetGroups\": {\"TA\": [\"PUBLIC_SERVICE_STAFF\"]}"), C2021);
    assertThat(c.minimumShare("OS3").orElseThrow().source()).isEqualTo("DGR 123/2025");
    assertThat(c.eligibleTo().value()).hasToString("2030-06-30");
    assertThat(c.eligibleTo().uncertain()).isTrue();
    assertThat(c.targetGroups("TA")).containsExactly(TargetGroup.PUBLIC_SERVICE_STAFF);
    assertThat(c.targetGroupTable().get("TA").source()).isEqualTo("DGR 123/2025");
  }

  @Test
  void annexIvCategoryIsReplacedByCode() throws IOException {
    Catalogue c = read(file("\"annexIv\": [{\"code\": \"4\", \"source\": \"x\", \"conditions\": ["
        + "{\"targetGroups\": [\"MINORS\"]}, {\"objective\": \"OS1\", \"scopes\": [\"1.c\"]}]}]"),
        C2021);
    assertThat(c.annexIvCategories()).hasSize(4);
    assertThat(c.annexIvCategories().get(3).getConditions()).hasSize(2);
    assertThat(c.annexIvCategories().get(3).getConditions().get(0).getTargetGroups())
        .containsExactly(TargetGroup.MINORS);
  }

  @Test
  void readingAPathAmendsTheBuiltInOfItsPeriod(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("lombardia.json");
    Files.writeString(f, "{\"format\": \"fami-catalogue/1\", \"period\": \"2014-2020\","
        + " \"entries\": [{\"table\": \"NATIONAL_OBJECTIVE\", \"code\": \"ON4\","
        + " \"objective\": \"OS2\", \"labelIt\": \"x\", \"labelEn\": \"x\"}]}");
    Catalogue c = CatalogueFiles.read(f);
    assertThat(c.period()).isEqualTo(P2014_2020);
    assertThat(c.contains(Table.NATIONAL_OBJECTIVE, "OS2", "ON4")).isTrue();
    assertThat(c.entry(Table.NATIONAL_OBJECTIVE, "OS2", "ON4").orElseThrow().getSource())
        .isEqualTo("catalogue file lombardia.json");
    assertThat(CatalogueFiles.read(f, Catalogue.builtIn(P2014_2020))).isEqualTo(c);
    assertThatThrownBy(() -> CatalogueFiles.read(dir.resolve("missing.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  // --- problems --------------------------------------------------------------------------------

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "{\"format\": | /format (line 1, column 11): invalid JSON: Unexpected end-of-input",
    "{\"format\": \"fami-catalogue/1\", \"format\": \"x\"} | /format (line 1, column 40): invalid JSON: Duplicate field 'format'",
    "{\"format\": \"fami-catalogue/1\", \"period\": \"2021-2027\"} [] | (file) (line 1, column 55): invalid JSON: Trailing token",
    "[] | (file): a catalogue file is a JSON object, found array",
    "'' | (file): the file is empty",
    "{\"period\": \"2021-2027\"} | /format: required",
    "{\"format\": \"fami/1\", \"period\": \"2021-2027\"} | /format: unsupported format \"fami/1\"; expected \"fami-catalogue/1\"",
    "{\"format\": \"fami-catalogue/1\"} | /period: required",
    "{\"format\": \"fami-catalogue/1\", \"period\": 2021} | /period: expected a string, found number",
    "{\"format\": \"fami-catalogue/1\", \"period\": \"2028-2034\"} | /period: unknown period \"2028-2034\"; expected one of [2014-2020, 2021-2027]",
    "{\"format\": \"fami-catalogue/1\", \"period\": \"2014-2020\"} | /period: the file is for 2014-2020 but amends a 2021-2027 catalogue",
  })
  void documentProblems(String json, String expected) {
    assertThat(problems(json)).anySatisfy(p -> assertThat(p).startsWith(expected.trim()));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "\"colour\": 1 | /colour: unknown property \"colour\"; expected one of [annexIv, entries, figures, format, period, source, targetGroups, version]",
    "\"entries\": {} | /entries: expected an array, found object",
    "\"entries\": [1] | /entries/0: expected an object, found number",
    "\"entries\": [{\"table\": \"FOO\", \"code\": \"x\", \"labelIt\": \"x\", \"labelEn\": \"x\"}] | /entries/0/table: unknown Table \"FOO\"; expected one of [SPECIFIC_OBJECTIVE,",
    "\"entries\": [{\"table\": \"TYPE_OF_ACTION\", \"code\": 14, \"labelIt\": \"x\", \"labelEn\": \"x\"}] | /entries/0/code: expected a string, found number",
    "\"entries\": [{\"table\": \"TYPE_OF_ACTION\", \"code\": \"014\", \"labelIt\": \"x\"}] | /entries/0/labelEn: required",
    "\"entries\": [{\"table\": \"TYPE_OF_ACTION\", \"code\": \"014\", \"labelIt\": \"x\", \"labelEn\": \" \"}] | /entries/0: TYPE_OF_ACTION entry: labelEn must not be blank",
    "\"entries\": [{\"table\": \"TYPE_OF_ACTION\", \"code\": \"014\", \"labelIt\": \"x\", \"labelEn\": \"x\", \"uncertain\": \"yes\"}] | /entries/0/uncertain: expected a boolean, found string",
    "\"entries\": [{\"table\": \"TYPE_OF_ACTION\", \"code\": \"014\", \"labelIt\": \"x\", \"labelEn\": \"x\", \"colour\": \"red\"}] | /entries/0/colour: unknown property \"colour\"",
    "\"entries\": [{\"table\": \"TYPE_OF_ACTION\", \"code\": \"014\", \"labelIt\": \"x\", \"labelEn\": \"x\"}, {\"table\": \"TYPE_OF_ACTION\", \"code\": \"014\", \"labelIt\": \"y\", \"labelEn\": \"y\"}] | /entries/1: duplicate entry TYPE_OF_ACTION 014",
    "\"entries\": [{\"table\": \"NATIONAL_ACTION\", \"code\": \"r\", \"objective\": \"OS2\", \"parent\": \"9.z\", \"labelIt\": \"x\", \"labelEn\": \"x\"}] | (file): NATIONAL_ACTION OS2/r: parent \"9.z\" is not a IMPLEMENTATION_MEASURE of OS2",
    "\"figures\": {\"colour\": 1} | /figures/colour: unknown figure \"colour\"; expected one of [eligibleFrom, eligibleTo, defaultImplementationModality, coFinancingCap.<qualifier>,",
    "\"figures\": {\"a/b~c\": 1} | /figures/a~1b~0c: unknown figure \"a/b~c\"",
    "\"figures\": {\"coFinancingCap.001\": \"0.8\"} | /figures/coFinancingCap.001: expected a number, found string",
    "\"figures\": {\"coFinancingCap.001\": 1.5} | /figures/coFinancingCap.001: coFinancingCap.001 must be a rate from 0 to 1",
    "\"figures\": {\"coFinancingCap.009\": 0.5} | (file): coFinancingCap.009: unknown implementation modality \"009\"",
    "\"figures\": {\"coFinancingCap.001\": {\"source\": \"x\"}} | /figures/coFinancingCap.001/value: required",
    "\"figures\": {\"coFinancingCap.001\": {\"value\": 0.5, \"note\": \"x\"}} | /figures/coFinancingCap.001/note: unknown property \"note\"",
    "\"figures\": {\"eligibleTo\": \"2029-13-01\"} | /figures/eligibleTo: expected a date (yyyy-MM-dd), found \"2029-13-01\"",
    "\"figures\": {\"eligibleTo\": 2029} | /figures/eligibleTo: expected a date (yyyy-MM-dd), found number",
    "\"figures\": {\"eligibleFrom\": \"2030-01-01\"} | (file): eligibleFrom 2030-01-01 is after eligibleTo 2029-12-31",
    "\"figures\": {\"realCostsThreshold\": 1e100000000} | /figures/realCostsThreshold: realCostsThreshold must be an amount",
    "\"targetGroups\": {\"OS1\": [\"ALIENS\"]} | /targetGroups/OS1/0: unknown TargetGroup \"ALIENS\"",
    "\"targetGroups\": {\"OS1\": {\"value\": [1]}} | /targetGroups/OS1/value/0: expected a string, found number",
    "\"targetGroups\": {\"OS9\": []} | (file): target groups of unknown objective \"OS9\"",
    "\"annexIv\": [{\"code\": \"1\", \"conditions\": [{\"leadLegalForms\": [\"KING\"]}]}] | /annexIv/0/conditions/0/leadLegalForms/0: unknown LegalForm \"KING\"",
    "\"annexIv\": [{\"code\": \"1\", \"conditions\": [{}]}] | /annexIv/0/conditions/0: an Annex IV condition must state at least one part",
    "\"annexIv\": [{\"code\": \"1\", \"conditions\": []}] | /annexIv/0: Annex IV category \"1\": code, conditions and source are required",
    "\"annexIv\": [{\"code\": \"5\", \"conditions\": [{\"objective\": \"OS1\"}]}] | (file): Annex IV category \"5\": no such ANNEX_IV_CATEGORY entry",
  })
  void contentProblems(String members, String expected) {
    assertThat(problems(file(members))).anySatisfy(p -> assertThat(p).startsWith(expected.trim()));
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() {
    CatalogueFileException e = catchThrowableOfType(CatalogueFileException.class,
        () -> read(file("\"colour\": 1, \"entries\": [{\"table\": \"X\"}],"
            + " \"figures\": {\"coFinancingCap.001\": 2}"), C2021));
    assertThat(e.problems()).extracting(p -> p.location().getPointer()).containsExactly(
        "/colour", "/entries/0/table", "/entries/0/code", "/entries/0/labelIt",
        "/entries/0/labelEn", "/figures/coFinancingCap.001");
    assertThat(e.getMessage()).startsWith("test.json: invalid catalogue file:\n  /colour: ")
        .contains("\n  /figures/coFinancingCap.001: coFinancingCap.001 must be a rate");
  }

  private static List<String> problems(String json) {
    CatalogueFileException e =
        catchThrowableOfType(CatalogueFileException.class, () -> read(json, C2021));
    assertThat(e).as("no CatalogueFileException for %s", json).isNotNull();
    return e.problems().stream().map(CatalogueProblem::toString).collect(Collectors.toList());
  }
}
