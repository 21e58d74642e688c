package eu.fami.model.catalogue;

import static eu.fami.model.Period.P2014_2020;
import static eu.fami.model.Period.P2021_2027;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.fami.model.Classification;
import eu.fami.model.IndirectCostMethod;
import eu.fami.model.LegalForm;
import eu.fami.model.Period;
import eu.fami.model.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueTest {
  private static final Catalogue C2021 = Catalogue.builtIn(P2021_2027);
  private static final Catalogue C2014 = Catalogue.builtIn(P2014_2020);

  // --- the catalogue against DOMAIN.md ---------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(Period.class)
  void objectivesAreArt3PlusTechnicalAssistance(Period period) {
    Map<String, String> domain = DomainTables.objectives();
    assertThat(domain).hasSize(4);
    assertThat(codes(Catalogue.builtIn(period).entries(Table.SPECIFIC_OBJECTIVE)))
        .containsExactly("OS1", "OS2", "OS3", "OS4", "TA");
    domain.forEach((code, letter) -> assertThat(source(period, Table.SPECIFIC_OBJECTIVE, code))
        .contains("Art 3(2)(" + letter + ")"));
  }

  static Stream<Arguments> annexII() {
    return DomainTables.annexII().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "Annex II of {0}")
  @MethodSource("annexII")
  void annexIIMeasuresPerObjective(String objective, List<String> measures) {
    assertThat(codes(C2021.entries(Table.IMPLEMENTATION_MEASURE, objective)))
        .containsExactlyElementsOf(measures);
    measures.forEach(m -> assertThat(source(P2021_2027, Table.IMPLEMENTATION_MEASURE, m))
        .contains("Annex II, point " + m.charAt(0) + "(" + m.charAt(2) + ")"));
  }

  static Stream<Arguments> annexIII() {
    return DomainTables.annexIII().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "Annex III point {0}")
  @MethodSource("annexIII")
  void annexIIIScopesPerPoint(int point, List<String> scopes) {
    String objective = point == 1 ? null : "OS" + (point - 1);
    List<CatalogueEntry> entries = C2021.entries(Table.SCOPE_OF_SUPPORT).stream()
        .filter(e -> e.getCode().startsWith(point == 1 ? "H." : (point - 1) + "."))
        .collect(Collectors.toList());
    assertThat(codes(entries)).containsExactlyElementsOf(scopes);
    for (CatalogueEntry e : entries) {
      assertThat(e.getObjective()).isEqualTo(objective);
      assertThat(e.getSource())
          .endsWith("Annex III, point " + point + "(" + e.getCode().charAt(2) + ")");
    }
  }

  @Test
  void annexIIIHasNoOtherScopes() {
    int domain = DomainTables.annexIII().values().stream().mapToInt(List::size).sum();
    assertThat(C2021.entries(Table.SCOPE_OF_SUPPORT)).hasSize(domain);
  }

  static Stream<Arguments> annexVIBlocks() {
    Map<String, Map<String, String>> tables = DomainTables.annexVI();
    List<String> blocks = List.of("I", "II", "III", "IV", "V");
    List<String> objectives = List.of("OS1", "OS2", "OS3", "OS4", "TA");
    return blocks.stream().map(b -> Arguments.of(b, objectives.get(blocks.indexOf(b)),
        tables.get(b)));
  }

  @ParameterizedTest(name = "Annex VI table 1, block {0}")
  @MethodSource("annexVIBlocks")
  void annexVIInterventionFieldsPerBlockVerbatim(String block, String objective,
      Map<String, String> labels) {
    List<CatalogueEntry> fields = C2021.entries(Table.INTERVENTION_FIELD, objective);
    assertThat(fields).extracting(CatalogueEntry::getCode)
        .containsExactlyElementsOf(
            labels.keySet().stream().map(c -> block + "." + c).collect(Collectors.toList()));
    assertThat(fields).extracting(CatalogueEntry::getLabelEn)
        .containsExactlyElementsOf(labels.values());
    assertThat(C2021.entry(Table.SPECIFIC_OBJECTIVE, objective).orElseThrow().getLabelEn())
        .as("the objective is labelled with its block heading")
        .isEqualTo(DomainTables.annexVIBlockHeadings().get(block));
  }

  @Test
  void annexVIHasNoOtherInterventionFields() {
    int domain = Stream.of("I", "II", "III", "IV", "V")
        .mapToInt(b -> DomainTables.annexVI().get(b).size()).sum();
    assertThat(C2021.entries(Table.INTERVENTION_FIELD)).hasSize(domain);
  }

  @ParameterizedTest(name = "Annex VI {1} is {0}")
  @CsvSource({
    "TYPE_OF_ACTION, Table 2",
    "IMPLEMENTATION_MODALITY, Table 3",
    "SPECIFIC_THEME, Table 4",
  })
  void annexVITables2to4Verbatim(Table table, String domainTable) {
    Map<String, String> labels = DomainTables.annexVI().get(domainTable);
    assertThat(C2021.entries(table)).extracting(CatalogueEntry::getCode)
        .containsExactlyElementsOf(labels.keySet());
    assertThat(C2021.entries(table)).extracting(CatalogueEntry::getLabelEn)
        .containsExactlyElementsOf(labels.values());
    assertThat(C2021.entries(table)).allMatch(e -> e.getObjective() == null);
  }

  static Stream<Arguments> annexVIII() {
    return DomainTables.annexVIII().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "Annex VIII of {0}")
  @MethodSource("annexVIII")
  void annexVIIIIndicatorsPerObjective(String objective, List<String> ids) {
    List<CatalogueEntry> indicators = C2021.entries(Table.INDICATOR, objective);
    assertThat(codes(indicators)).containsExactlyElementsOf(ids);
    for (CatalogueEntry e : indicators) {
      String[] parts = e.getCode().split("\\.");
      assertThat(e.getParent()).isEqualTo(
          parts.length == 4 ? String.join(".", Arrays.copyOf(parts, 3)) : null);
      assertThat(e.getSource()).contains("Annex VIII").contains("SFC ids are MISSING");
      assertThat(e.isUncertain()).isFalse();
    }
  }

  @Test
  void indicatorsAreAllOfAnnexVIII() {
    int domain = DomainTables.annexVIII().values().stream().mapToInt(List::size).sum();
    assertThat(C2021.entries(Table.INDICATOR)).hasSize(domain);
  }

  @Test
  void os2ActionsAToQWithTheirMeasures() {
    Map<String, String> domain = DomainTables.os2Actions();
    assertThat(domain.keySet()).containsExactlyElementsOf(letters('a', 'q'));
    assertThat(DomainTables.listedActions("**PN OS2 actions")).containsExactlyElementsOf(
        letters('a', 'p'));
    List<CatalogueEntry> actions = C2021.entries(Table.NATIONAL_ACTION, "OS2");
    assertThat(codes(actions)).containsExactlyElementsOf(domain.keySet());
    actions.forEach(
        a -> assertThat(a.getParent()).as(a.getCode()).isEqualTo(domain.get(a.getCode())));
  }

  @Test
  void os1ActionsAToJWithoutMeasure() {
    assertThat(DomainTables.listedActions("**PN OS1 actions")).containsExactlyElementsOf(
        letters('a', 'j'));
    List<CatalogueEntry> actions = C2021.entries(Table.NATIONAL_ACTION, "OS1");
    assertThat(codes(actions)).containsExactlyElementsOf(letters('a', 'j'));
    assertThat(actions).allSatisfy(a -> {
      assertThat(a.getParent()).isNull();
      assertThat(a.getSource()).contains("no Annex II measure");
    });
  }

  @Test
  void nationalActionsAreOnlyThoseOfOs1AndOs2() {
    assertThat(C2021.entries(Table.NATIONAL_ACTION)).hasSize(10 + 17);
  }

  static Stream<Arguments> targetGroups() {
    return Arrays.stream(Period.values()).flatMap(p -> DomainTables.targetGroups().entrySet()
        .stream().map(e -> Arguments.of(p, e.getKey(), e.getValue())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targetGroups")
  void targetGroupsPerObjective(Period period, String objective, Set<TargetGroup> groups) {
    Catalogue c = Catalogue.builtIn(period);
    assertThat(c.targetGroups(objective)).containsExactlyInAnyOrderElementsOf(groups);
    assertThat(c.targetGroupTable()).hasSize(DomainTables.targetGroups().size());
  }

  @Test
  void nationalObjectives2014AreThoseSeen() {
    assertThat(C2014.entries(Table.NATIONAL_OBJECTIVE))
        .extracting(e -> e.getObjective() + "/" + e.getCode())
        .containsExactlyInAnyOrderElementsOf(DomainTables.nationalObjectives2014());
    DomainTables.nationalObjectiveNamesVerified2014().forEach((name, verified) -> {
      String[] codeAndLabel = name.split("=");
      CatalogueEntry e =
          C2014.entry(Table.NATIONAL_OBJECTIVE, "OS2", codeAndLabel[0]).orElseThrow();
      assertThat(e.getLabelIt()).isEqualTo(codeAndLabel[1]);
      assertThat(e.isUncertain()).as(name).isEqualTo(!verified);
    });
  }

  // --- counts, sources, uncertainty ------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "P2021_2027, SPECIFIC_OBJECTIVE, 5",
    "P2021_2027, IMPLEMENTATION_MEASURE, 14",
    "P2021_2027, SCOPE_OF_SUPPORT, 47",
    "P2021_2027, NATIONAL_ACTION, 27",
    "P2021_2027, NATIONAL_OBJECTIVE, 0",
    "P2021_2027, INTERVENTION_FIELD, 39",
    "P2021_2027, TYPE_OF_ACTION, 13",
    "P2021_2027, IMPLEMENTATION_MODALITY, 5",
    "P2021_2027, SPECIFIC_THEME, 3",
    "P2021_2027, INDICATOR, 41",
    "P2021_2027, ANNEX_IV_CATEGORY, 4",
    "P2014_2020, SPECIFIC_OBJECTIVE, 5",
    "P2014_2020, IMPLEMENTATION_MEASURE, 0",
    "P2014_2020, SCOPE_OF_SUPPORT, 0",
    "P2014_2020, NATIONAL_ACTION, 0",
    "P2014_2020, NATIONAL_OBJECTIVE, 5",
    "P2014_2020, INTERVENTION_FIELD, 0",
    "P2014_2020, TYPE_OF_ACTION, 0",
    "P2014_2020, IMPLEMENTATION_MODALITY, 4",
    "P2014_2020, SPECIFIC_THEME, 0",
    "P2014_2020, INDICATOR, 0",
    "P2014_2020, ANNEX_IV_CATEGORY, 0",
  })
  void countsPerTable(Period period, Table table, int count) {
    assertThat(Catalogue.builtIn(period).entries(table)).hasSize(count);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Period.class)
  void nothingIsUnsourced(Period period) {
    Catalogue c = Catalogue.builtIn(period);
    for (Table t : Table.values()) {
      assertThat(c.entries(t)).allSatisfy(e -> {
        assertThat(e.getSource()).isNotBlank();
        assertThat(e.getLabelIt()).isNotBlank();
        assertThat(e.getLabelEn()).isNotBlank();
        if (t.requiresObjective()) {
          assertThat(e.getObjective()).as(e.getCode()).isNotNull();
        }
      });
    }
    assertThat(c.figures().values()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    assertThat(c.targetGroupTable().values()).allSatisfy(g -> assertThat(g.source()).isNotBlank());
    assertThat(c.annexIvCategories()).allSatisfy(a -> assertThat(a.getSource()).isNotBlank());
  }

  @Test
  void uncertainEntriesAreThoseMarkedInDomain() {
    assertThat(Arrays.stream(Table.values()).flatMap(t -> C2021.entries(t).stream()))
        .noneMatch(CatalogueEntry::isUncertain);
    assertThat(Arrays.stream(Table.values()).flatMap(t -> C2014.entries(t).stream())
        .filter(CatalogueEntry::isUncertain)
        .map(e -> e.getTable() + " " + e.getObjective() + "/" + e.getCode()))
        .containsExactlyInAnyOrder(
            "NATIONAL_OBJECTIVE OS1/ON1", "NATIONAL_OBJECTIVE OS2/ON1",
            "NATIONAL_OBJECTIVE OS2/ON3", "NATIONAL_OBJECTIVE OS3/ON2",
            "IMPLEMENTATION_MODALITY null/001", "IMPLEMENTATION_MODALITY null/002",
            "IMPLEMENTATION_MODALITY null/004", "IMPLEMENTATION_MODALITY null/005");
  }

  // --- figures ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "P2021_2027, coFinancingCap.001, 0.75, false, Art 15(1)",
    "P2021_2027, coFinancingCap.002, 0.90, false, Art 15(2)",
    "P2021_2027, coFinancingCap.003, 0.90, false, Art 15(3)",
    "P2021_2027, coFinancingCap.004, 1.00, false, Art 15(4)",
    "P2021_2027, coFinancingCap.005, 1.00, false, Art 15(5)",
    "P2021_2027, technicalAssistanceCap, 1.00, false, Art 15(6)",
    "P2021_2027, indirectCostCeiling.FLAT_RATE_DIRECT_COSTS, 0.07, false, Art 54",
    "P2021_2027, indirectCostCeiling.FLAT_RATE_STAFF_COSTS, 0.15, false, Art 54",
    "P2021_2027, indirectCostCeiling.CALCULATED_RATE, 0.25, false, Art 54",
    "P2021_2027, minimumShare.OS1, 0.15, false, 2021/1147, Art 16",
    "P2021_2027, minimumShare.OS2, 0.15, false, 2021/1147, Art 16",
    "P2021_2027, realCostsThreshold, 200000.00, false, Art 53(2)",
    "P2014_2020, coFinancingCap.001, 0.75, true, 514/2014, Art 16",
    "P2014_2020, coFinancingCap.002, 0.90, true, 514/2014, Art 16",
    "P2014_2020, coFinancingCap.004, 1.00, true, 514/2014, Art 16",
    "P2014_2020, coFinancingCap.005, 1.00, true, 514/2014, Art 16",
    "P2014_2020, technicalAssistanceCap, 1.00, true, Art 15(6)",
    "P2014_2020, indirectCostCeiling.FLAT_RATE_DIRECT_COSTS, 0.07, true, national practice",
    "P2014_2020, indirectCostCeiling.FLAT_RATE_STAFF_COSTS, 0.15, false, 514/2014, Art 18(3)",
    "P2014_2020, indirectCostCeiling.CALCULATED_RATE, 0.25, false, 514/2014, Art 18(3)",
    "P2014_2020, minimumShare.OS1, 0.20, false, 516/2014, Art 15(1)(a)",
    "P2014_2020, minimumShare.OS2, 0.20, false, 516/2014, Art 15(1)(a)",
  })
  void rates(Period period, String key, BigDecimal value, boolean uncertain, String source) {
    Sourced<?> figure = Catalogue.builtIn(period).figures().get(key);
    assertThat(figure.value()).isEqualTo(value);
    assertThat(figure.uncertain()).isEqualTo(uncertain);
    assertThat(figure.source()).contains(source);
  }

  @Test
  void typedAccessorsReadTheFigures() {
    assertThat(C2021.coFinancingCap("003").orElseThrow().value()).isEqualByComparingTo("0.90");
    assertThat(C2021.indirectCostCeiling(IndirectCostMethod.FLAT_RATE_STAFF_COSTS).orElseThrow()
        .value()).isEqualByComparingTo("0.15");
    assertThat(C2021.indirectCostCeiling(IndirectCostMethod.NONE)).isEmpty();
    assertThat(C2021.minimumShare("OS1").orElseThrow().value()).isEqualByComparingTo("0.15");
    assertThat(C2021.minimumShare("OS3")).isEmpty();
    assertThat(C2021.technicalAssistanceCap().value()).isEqualByComparingTo("1");
    assertThat(C2021.realCostsThreshold().orElseThrow().value()).isEqualByComparingTo("200000");
    assertThat(C2021.coFinancingCap("006")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}..{2}")
  @CsvSource({
    "P2021_2027, 2021-01-01, 2029-12-31, CPR), Art 63(2)",
    "P2014_2020, 2014-01-01, 2023-06-30, SFC2014",
  })
  void eligibilityWindows(Period period, LocalDate from, LocalDate to, String source) {
    Catalogue c = Catalogue.builtIn(period);
    assertThat(c.eligibleFrom().value()).isEqualTo(from);
    assertThat(c.eligibleTo().value()).isEqualTo(to);
    assertThat(c.eligibleFrom().source()).contains(source);
    assertThat(c.eligibleTo().uncertain()).isFalse();
    assertThat(c.defaultImplementationModality()).isEqualTo("001");
    assertThat(c.objectiveIsTechnicalAssistance("TA")).isTrue();
    assertThat(c.objectiveIsTechnicalAssistance("OS2")).isFalse();
  }

  @Test
  void period2014Specifics() {
    assertThat(codes(C2014.entries(Table.IMPLEMENTATION_MODALITY)))
        .containsExactly("001", "002", "004", "005");
    assertThat(C2014.coFinancingCap("003")).isEmpty();
    assertThat(C2014.realCostsThreshold()).isEmpty();
    assertThat(C2014.annexIvCategories()).isEmpty();
    assertThat(C2014.contains(Table.NATIONAL_OBJECTIVE, "OS2", "ON2")).isTrue();
    assertThat(C2014.contains(Table.NATIONAL_OBJECTIVE, "OS3", "ON2")).isTrue();
    assertThat(C2014.contains(Table.NATIONAL_OBJECTIVE, "OS4", "ON2")).isFalse();
    assertThat(C2014.entry(Table.NATIONAL_OBJECTIVE, "OS2", "ON2").orElseThrow().getLabelIt())
        .isEqualTo("Integrazione");
    assertThat(C2014.entry(Table.NATIONAL_OBJECTIVE, "OS3", "ON2").orElseThrow().getLabelEn())
        .isEqualTo("Assisted voluntary return and reintegration");
  }

  // --- lookups ---------------------------------------------------------------------------------

  @Test
  void codesThatRestartPerObjectiveAreLookedUpWithTheObjective() {
    CatalogueEntry os1a = C2021.entry(Table.NATIONAL_ACTION, "OS1", "a").orElseThrow();
    CatalogueEntry os2a = C2021.entry(Table.NATIONAL_ACTION, "OS2", "a").orElseThrow();
    assertThat(os1a).isNotEqualTo(os2a);
    assertThat(os2a.getParent()).isEqualTo("2.d");
    assertThat(C2021.entry(Table.NATIONAL_ACTION, "a")).contains(os1a);
    assertThat(C2021.contains(Table.NATIONAL_ACTION, "OS1", "q")).isFalse();
    assertThat(C2021.contains(Table.NATIONAL_ACTION, "OS2", "q")).isTrue();
    assertThat(C2021.contains(Table.NATIONAL_ACTION, "q")).isTrue();
  }

  @ParameterizedTest(name = "{0} {1} in {2}: {3}")
  @CsvSource({
    "IMPLEMENTATION_MEASURE, 2.d, OS2, true",
    "IMPLEMENTATION_MEASURE, 2.d, OS1, false",
    "SCOPE_OF_SUPPORT, 2.h, OS2, true",
    "SCOPE_OF_SUPPORT, 2.m, OS2, true",
    "SCOPE_OF_SUPPORT, 2.n, OS2, false",
    "INTERVENTION_FIELD, II.004, OS2, true",
    "INTERVENTION_FIELD, II.004, OS3, false",
    "INTERVENTION_FIELD, V.004, TA, true",
    "INDICATOR, O.2.3.1, OS2, true",
    "INDICATOR, R.2.8, OS2, true",
    "INDICATOR, O.2.8, OS2, false",
  })
  void objectiveQualifiedLookups(Table table, String code, String objective, boolean found) {
    assertThat(C2021.contains(table, objective, code)).isEqualTo(found);
  }

  @Test
  void horizontalScopesBelongToNoObjective() {
    assertThat(C2021.entry(Table.SCOPE_OF_SUPPORT, "H.a").orElseThrow().getObjective()).isNull();
    assertThat(codes(C2021.entries(Table.SCOPE_OF_SUPPORT, null)))
        .containsExactly("H.a", "H.b", "H.c", "H.d", "H.e", "H.f", "H.g", "H.h");
    assertThat(C2021.contains(Table.SCOPE_OF_SUPPORT, null, "H.h")).isTrue();
    assertThat(C2021.contains(Table.SCOPE_OF_SUPPORT, "OS2", "H.h")).isFalse();
    assertThat(C2021.contains(Table.TYPE_OF_ACTION, "013")).isTrue();
    assertThat(C2021.contains(Table.TYPE_OF_ACTION, "014")).isFalse();
  }

  @Test
  void catalogueIsImmutable() {
    assertThatThrownBy(() -> C2021.entries(Table.INDICATOR).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> C2021.targetGroups("OS1").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> C2021.figures().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Catalogue.builtIn(P2021_2027)).isSameAs(C2021);
  }

  // --- Annex IV --------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} {2} lead {3} groups {4}: {5}")
  @CsvSource({
    "OS2, 2.d, 2.h, REGION, '', 1",
    "OS2, 2.d, 2.m, THIRD_SECTOR, '', 1",
    "OS2, 2.d, 2.h, PRIVATE_COMPANY, '', ''",
    "OS2, 2.a, 2.h, REGION, '', ''",
    "OS1, 1.b, 1.i, CENTRAL_ADMINISTRATION, '', 2",
    "OS3, 3.b, 3.b, CENTRAL_ADMINISTRATION, '', 2",
    "OS3, 3.c, 3.e, CENTRAL_ADMINISTRATION, '', 3",
    "OS3, 3.a, 3.g, CENTRAL_ADMINISTRATION, '', 3",
    "OS3, 3.a, 3.i, CENTRAL_ADMINISTRATION, '', 3",
    "OS3, 3.a, 3.a, CENTRAL_ADMINISTRATION, '', ''",
    "OS1, 1.b, 1.b, THIRD_SECTOR, UNACCOMPANIED_MINORS, 4",
    "OS2, 2.d, 2.h, LOCAL_AUTHORITY, WOMEN TRAFFICKING_VICTIMS, 1 4",
    "OS2, 2.b, 2.a, THIRD_SECTOR, WOMEN, ''",
  })
  void annexIvCategories(String objective, String measure, String scope, LegalForm lead,
      String groups, String expected) {
    Classification c = Classification.builder().specificObjective(objective)
        .implementationMeasure(measure).scopeOfSupport(scope).build();
    Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);
    Arrays.stream(groups.split(" ")).filter(g -> !g.isEmpty()).map(TargetGroup::valueOf)
        .forEach(targetGroups::add);
    assertThat(C2021.annexIvCategories().stream().filter(a -> a.matches(c, lead, targetGroups))
        .map(AnnexIvCategory::getCode).collect(Collectors.joining(" ")))
        .isEqualTo(expected);
  }

  @Test
  void annexIvCategoriesAreEntriesWithConditions() {
    assertThat(C2021.annexIvCategories()).extracting(AnnexIvCategory::getCode)
        .containsExactlyElementsOf(codes(C2021.entries(Table.ANNEX_IV_CATEGORY)));
    assertThat(C2021.entry(Table.ANNEX_IV_CATEGORY, "4").orElseThrow().getLabelEn())
        .startsWith("Measures targeting vulnerable persons and applicants for international"
            + " protection with special reception or procedural needs");
    assertThatThrownBy(() -> AnnexIvCondition.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  // --- version and amendment -------------------------------------------------------------------

  @Test
  void versionIsAStableContentHash() {
    assertThat(C2021.version()).matches("[0-9a-f]{16}");
    assertThat(C2021.toBuilder().build().version()).isEqualTo(C2021.version());
    assertThat(C2021.toBuilder().build()).isEqualTo(C2021).hasSameHashCodeAs(C2021);
    assertThat(C2014.version()).isNotEqualTo(C2021.version());
  }

  static Stream<Arguments> amendments() {
    CatalogueEntry b = C2021.entry(Table.NATIONAL_ACTION, "OS2", "b").orElseThrow();
    return Stream.of(
        Arguments.of("relabelled entry", C2021.toBuilder()
            .entry(CatalogueEntry.builder().from(b).labelEn("Language courses").build())),
        Arguments.of("uncertain entry", C2021.toBuilder()
            .entry(CatalogueEntry.builder().from(b).uncertain(true).build())),
        Arguments.of("new action", C2021.toBuilder()
            .entry(CatalogueEntry.builder().from(b).code("r").labelEn("Regional action").build())),
        Arguments.of("figure value", C2021.toBuilder()
            .coFinancingCap("001", Sourced.of(new BigDecimal("0.80"), "amendment"))),
        Arguments.of("figure source", C2021.toBuilder()
            .coFinancingCap("001", Sourced.of(new BigDecimal("0.75"), "another source"))),
        Arguments.of("target groups", C2021.toBuilder()
            .targetGroups("TA", Sourced.of(EnumSet.of(TargetGroup.PUBLIC_SERVICE_STAFF), "x"))),
        Arguments.of("Annex IV condition", C2021.toBuilder()
            .annexIvCategory(AnnexIvCategory.builder().code("4").source("x")
                .addConditions(AnnexIvCondition.builder().objective("OS1").build()).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("amendments")
  void versionChangesOnAmendment(String what, Catalogue.Builder amended) {
    Catalogue c = amended.build();
    assertThat(c.version()).isNotEqualTo(C2021.version());
    assertThat(c).isNotEqualTo(C2021);
  }

  @Test
  void amendmentReplacesInPlaceAndAppendsNew() {
    CatalogueEntry b = C2021.entry(Table.NATIONAL_ACTION, "OS2", "b").orElseThrow();
    Catalogue c = C2021.toBuilder()
        .entry(CatalogueEntry.builder().from(b).labelIt("Corsi di italiano").build())
        .entry(CatalogueEntry.builder().from(b).code("r").source("Regione X, avviso 2025").build())
        .build();
    assertThat(codes(c.entries(Table.NATIONAL_ACTION, "OS2")))
        .containsExactlyElementsOf(letters('a', 'r'));
    assertThat(c.entry(Table.NATIONAL_ACTION, "OS2", "b").orElseThrow().getLabelIt())
        .isEqualTo("Corsi di italiano");
    assertThat(C2021.entry(Table.NATIONAL_ACTION, "OS2", "b").orElseThrow().getLabelIt())
        .isEqualTo("Formazione linguistica");
  }

  @Test
  void numbersCountByValueInTheVersion() {
    Catalogue scale1 = C2021.toBuilder()
        .coFinancingCap("001", Sourced.of(new BigDecimal("0.8"), "amendment")).build();
    Catalogue scale2 = C2021.toBuilder()
        .coFinancingCap("001", Sourced.of(new BigDecimal("0.80"), "amendment")).build();
    assertThat(scale1.version()).isEqualTo(scale2.version());
  }

  @Test
  void buildRejectsBrokenReferences() {
    Catalogue.Builder b = C2021.toBuilder()
        .entry(entry(Table.NATIONAL_ACTION, "OS9", "r", null))
        .entry(entry(Table.NATIONAL_ACTION, "OS2", "s", "3.c"))
        .entry(entry(Table.INDICATOR, null, "O.2.99", null))
        .entry(entry(Table.TYPE_OF_ACTION, null, "014", "001"))
        .coFinancingCap("006", Sourced.of(BigDecimal.ONE, "x"))
        .minimumShare("OS7", Sourced.of(BigDecimal.ONE, "x"))
        .targetGroups("OS8", Sourced.of(EnumSet.of(TargetGroup.WOMEN), "x"))
        .annexIvModality(Sourced.of("009", "x"));
    assertThat(b.problems()).containsExactlyInAnyOrder(
        "annexIvModality: unknown implementation modality \"009\"",
        "NATIONAL_ACTION OS9/r: unknown objective \"OS9\"",
        "NATIONAL_ACTION OS2/s: parent \"3.c\" is not a IMPLEMENTATION_MEASURE of OS2",
        "INDICATOR O.2.99: objective is required",
        "TYPE_OF_ACTION 014: a TYPE_OF_ACTION entry has no parent",
        "coFinancingCap.006: unknown implementation modality \"006\"",
        "minimumShare.OS7: unknown objective \"OS7\"",
        "target groups of unknown objective \"OS8\"");
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown objective \"OS9\"");
  }

  @Test
  void annexIvCategoriesNeedTheAnnexIvModality() {
    Catalogue.Builder b = Catalogue.builder(P2021_2027);
    C2021.figures().forEach((key, value) -> {
      if (!key.equals(Figure.ANNEX_IV_MODALITY.key())) {
        b.figure(key, value);
      }
    });
    for (Table t : Table.values()) {
      b.entries(C2021.entries(t));
    }
    C2021.annexIvCategories().forEach(b::annexIvCategory);
    assertThat(b.problems())
        .containsExactly("figure annexIvModality is missing (required with Annex IV categories)");
    assertThat(b.annexIvModality(Sourced.of("003", "x")).problems()).isEmpty();
  }

  @Test
  void emptyBuilderNeedsTheRequiredFigures() {
    assertThat(Catalogue.builder(P2021_2027).problems()).containsExactly(
        "figure eligibleFrom is missing", "figure eligibleTo is missing",
        "figure defaultImplementationModality is missing",
        "figure technicalAssistanceCap is missing");
    assertThat(C2021.toBuilder()
        .eligibleFrom(Sourced.of(LocalDate.of(2030, 1, 1), "x")).problems())
        .containsExactly("eligibleFrom 2030-01-01 is after eligibleTo 2029-12-31");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "coFinancingCap.001, 1.01, coFinancingCap.001 must be a rate from 0 to 1",
    "coFinancingCap.001, -0.1, coFinancingCap.001 must be a rate from 0 to 1",
    "coFinancingCap.001, 1E-11, coFinancingCap.001 must be a rate from 0 to 1",
    "coFinancingCap, 0.5, unknown figure \"coFinancingCap\"",
    "coFinancingCap., 0.5, unknown figure \"coFinancingCap.\"",
    "technicalAssistanceCap.TA, 0.5, unknown figure \"technicalAssistanceCap.TA\"",
    "indirectCostCeiling.NONE, 0.5, indirectCostCeiling.NONE: the qualifier must be",
    "realCostsThreshold, 0.001, realCostsThreshold must be an amount",
    "realCostsThreshold, 1E13, realCostsThreshold must be an amount",
    "eligibleFrom, 0.5, eligibleFrom must be a LocalDate",
  })
  void figureRejectsWhatItCannotHold(String key, BigDecimal value, String message) {
    assertThatThrownBy(() -> C2021.toBuilder().figure(key, Sourced.of(value, "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
  }

  @Test
  void figureKeys() {
    assertThat(Figure.forKey("coFinancingCap.001")).contains(Figure.CO_FINANCING_CAP);
    assertThat(Figure.forKey("eligibleTo")).contains(Figure.ELIGIBLE_TO);
    assertThat(Figure.forKey("eligibleTo.x")).isEmpty();
    assertThat(Figure.CO_FINANCING_CAP.key("003")).isEqualTo("coFinancingCap.003");
    assertThatThrownBy(() -> Figure.ELIGIBLE_TO.key("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void entriesAndFiguresNeedASource() {
    assertThatThrownBy(() -> entry(Table.TYPE_OF_ACTION, null, "014", null).withSource(" "))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("source");
    assertThatThrownBy(() -> Sourced.of(BigDecimal.ONE, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static ImmutableCatalogueEntry entry(Table table, String objective, String code,
      String parent) {
    return CatalogueEntry.builder().table(table).objective(objective).code(code).parent(parent)
        .labelIt("it").labelEn("en").source("test").build();
  }

  private static List<String> codes(List<CatalogueEntry> entries) {
    return entries.stream().map(CatalogueEntry::getCode).collect(Collectors.toList());
  }

  private static List<String> letters(char from, char to) {
    return Stream.iterate(from, c -> c <= to, c -> (char) (c + 1)).map(String::valueOf)
        .collect(Collectors.toList());
  }

  private static String source(Period period, Table table, String code) {
    return Catalogue.builtIn(period).entry(table, code).orElseThrow().getSource();
  }
}
