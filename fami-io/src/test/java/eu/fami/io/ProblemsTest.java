package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.fami.model.Call;
import eu.fami.model.DocumentKind;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Project;
import eu.fami.model.TargetGroup;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each FAMI-IO-* problem (and the reader's FMT-004 / FMT-001) with its exact place. */
class ProblemsTest {
  private static final FamiJson JSON = FamiJson.defaults();

  /** {@code '} stands for {@code "} so that cases read easily. */
  static String j(String s) {
    return s.replace('\'', '"');
  }

  static ReadResult read(String json) {
    return JSON.read(j(json));
  }

  private static Arguments c(String rule, String json, String pointer, int line, int column,
      String key, String value) {
    return Arguments.of(rule, json, pointer, line, column, key, value);
  }

  static Stream<Arguments> cases() {
    String call = "{'format': 'fami/1', 'kind': 'call', ";
    return Stream.of(
        // FAMI-IO-001 malformed JSON
        c(RuleIds.IO_001, "", "", 1, 1, "detail", "empty input"),
        c(RuleIds.IO_001, "  \n   ", "", 2, 4, "detail", "empty input"),
        c(RuleIds.IO_001, call + "'code': 'X',}", "", 1, 50, null, null),
        c(RuleIds.IO_001, call + "'code': 'X'} {}", "", 1, 51, "detail",
            "content after the end of the document"),
        c(RuleIds.IO_001, call + "'code': 'X'}\n\n  x", "", 3, 3, null, null),
        c(RuleIds.IO_001, call + "'code': 'X',\n 'title': 'ab", "/title", 2, 14, null, null),
        c(RuleIds.IO_001, call + "'actions': ['a', ]}", "/actions/1", 1, 55, null, null),
        c(RuleIds.IO_001, call + "'code': tru}", "/code", 1, 46, null, null),
        c(RuleIds.IO_001, call + "'code': 01}", "/code", 1, 47, null, null),
        c(RuleIds.IO_001, call + "'code': NaN}", "/code", 1, 49, null, null),
        c(RuleIds.IO_001, "{'format': 'fami/1', // comment\n 'kind': 'call'}", "", 1, 22, null,
            null),
        // FAMI-IO-002 unknown property: the position of its name
        c(RuleIds.IO_002, call + "'colour': 'red'}", "/colour", 1, 38, "property", "colour"),
        c(RuleIds.IO_002, call + "\n  'projectWindow': {'earliestStart': '2023-01-01', 'x/y~z': 1}}",
            "/projectWindow/x~1y~0z", 2, 52, "property", "x/y~z"),
        c(RuleIds.IO_002, "{'format': 'fami/1', 'kind': 'dataset', 'calls': [{'kind': 'call'}]}",
            "/calls/0/kind", 1, 52, "property", "kind"),
        // FAMI-IO-003 wrong type or unparseable: the position of the value
        c(RuleIds.IO_003, call + "'opens': '2023-13-45'}", "/opens", 1, 47, "value", "2023-13-45"),
        c(RuleIds.IO_003, call + "'opens': '2023-02-29'}", "/opens", 1, 47, "expected",
            "date (yyyy-MM-dd)"),
        c(RuleIds.IO_003, call + "'opens': '2023-2-1'}", "/opens", 1, 47, "value", "2023-2-1"),
        c(RuleIds.IO_003, call + "'opens': 20230201}", "/opens", 1, 47, "value", "20230201"),
        c(RuleIds.IO_003, call + "'code': {'a': 1}}", "/code", 1, 46, "value", "{...}"),
        c(RuleIds.IO_003, call + "'code': null}", "/code", 1, 46, "value", "null"),
        c(RuleIds.IO_003, call + "'classification': 'OS2'}", "/classification", 1, 56,
            "expected", "object"),
        c(RuleIds.IO_003, call + "'eligibleLeadForms': ['REGION', 'region']}",
            "/eligibleLeadForms/1", 1, 70, "value", "region"),
        c(RuleIds.IO_003, call + "'eligibleLeadForms': 'REGION'}", "/eligibleLeadForms", 1, 59,
            "expected", "array"),
        c(RuleIds.IO_003, call + "'period': '2021-27'}", "/period", 1, 48, "expected",
            "one of: 2014-2020, 2021-2027"),
        c(RuleIds.IO_003, call + "'allocation': '1000.00'}", "/allocation", 1, 52, "expected",
            "number"),
        c(RuleIds.IO_003, call + "'maxDurationMonths': 1.5}", "/maxDurationMonths", 1, 59,
            "expected", "integer"),
        c(RuleIds.IO_003, call + "'maxDurationMonths': 1e-3}", "/maxDurationMonths", 1, 59,
            "value", "1e-3"),
        c(RuleIds.IO_003, "[1, 2]", "", 1, 1, "expected", "object"),
        // FAMI-IO-004 duplicate property: the position of the second name
        c(RuleIds.IO_004, call + "'code': 'A',\n 'code': 'B'}", "/code", 2, 2, "property", "code"),
        c(RuleIds.IO_004, "{'format': 'fami/1', 'kind': 'call', 'kind': 'call'}", "/kind", 1, 38,
            "property", "kind"),
        // FAMI-IO-005 input limits (the defaults)
        c(RuleIds.IO_005, call + "'x': " + "[".repeat(100) + "]".repeat(100) + "}",
            "/x" + "/0".repeat(63), 1, 107, "limit", "maxNestingDepth"),
        c(RuleIds.IO_005, call + "'title': '" + "x".repeat(100_001) + "'}", "/title", 1, 47,
            "limit", "maxStringLength"),
        c(RuleIds.IO_005, call + "'allocation': 1" + "0".repeat(100) + "}", "/allocation", 1, 153,
            "limit", "maxNumberLength"),
        c(RuleIds.IO_005, call + "'" + "n".repeat(1001) + "': 1}", "", 1, 1041,
            "limit", "maxNameLength"),
        // FAMI-IO-006 unsupported format or kind
        c(RuleIds.IO_006, "{'format': 'fami/2', 'kind': 'call'}", "/format", 1, 12, "value",
            "fami/2"),
        c(RuleIds.IO_006, "{'format': 'fami/1.1', 'kind': 'call'}", "/format", 1, 12,
            "expected", "fami/1 (minor version 0)"),
        c(RuleIds.IO_006, "{'format': 'FAMI/1', 'kind': 'call'}", "/format", 1, 12, "value",
            "FAMI/1"),
        c(RuleIds.IO_006, "{'format': 'fami/1',\n 'kind': 'budget'}", "/kind", 2, 10, "value",
            "budget"),
        // FAMI-FMT-004 numbers the model cannot hold, decided from their text
        c(RuleIds.FMT_004, call + "'allocation': 1e400}", "/allocation", 1, 52, "value", "1e400"),
        c(RuleIds.FMT_004, call + "'allocation': -1e100000000}", "/allocation", 1, 52, "value",
            "-1e100000000"),
        c(RuleIds.FMT_004, call + "'allocation': 10000000000000}", "/allocation", 1, 52,
            "expected", "below 10^13"),
        c(RuleIds.FMT_004, call + "'maxEuShare': 0.1e14}", "/maxEuShare", 1, 52, "value",
            "0.1e14"),
        c(RuleIds.FMT_004, call + "'maxDurationMonths': -1}", "/maxDurationMonths", 1, 59,
            "expected", "0..999999999"),
        c(RuleIds.FMT_004, call + "'maxDurationMonths': 1000000000}", "/maxDurationMonths", 1, 59,
            "value", "1000000000"),
        c(RuleIds.FMT_004, call + "'maxDurationMonths': 1e400}", "/maxDurationMonths", 1, 59,
            "value", "1e400"),
        // FAMI-FMT-001 for the envelope, which only the reader sees
        c(RuleIds.FMT_001, "{'kind': 'call'}", "/format", 1, 1, "property", "format"),
        c(RuleIds.FMT_001, "{\n  'format': 'fami/1', 'code': 'X'}", "/kind", 1, 1, "property",
            "kind"));
  }

  @ParameterizedTest(name = "[{index}] {0} at {2} ({3}:{4})")
  @MethodSource("cases")
  void problemAtItsPlace(String rule, String json, String pointer, int line, int column,
      String key, String value) {
    ReadResult r = read(json);
    // one problem; limits found inside a value of the wrong type or unknown follow that problem
    List<Violation> problems = r.problems();
    assertThat(problems)
        .as("problems of %s", j(json).length() > 200 ? j(json).substring(0, 200) : j(json))
        .filteredOn(v -> v.getRule().equals(rule)).hasSize(1);
    assertThat(problems).filteredOn(v -> !v.getRule().equals(rule))
        .allSatisfy(v -> assertThat(v.getRule()).isIn(RuleIds.IO_002, RuleIds.IO_003))
        .hasSizeLessThanOrEqualTo(rule.equals(RuleIds.IO_005) ? 1 : 0);
    Violation v = problems.stream().filter(x -> x.getRule().equals(rule)).findFirst()
        .orElseThrow();
    assertThat(v.getRule()).isEqualTo(rule);
    assertThat(v.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(v.getLocation().getPointer()).isEqualTo(pointer);
    assertThat(v.getLocation().getLine()).isEqualTo(line);
    assertThat(v.getLocation().getColumn()).isEqualTo(column);
    if (key != null) {
      assertThat(v.getArguments()).containsEntry(key, value);
    }
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void severalFaultsAreAllReportedAndReadingGoesOn() {
    ReadResult r = read("""
        {
          'format': 'fami/1',
          'kind': 'project',
          'code': 'P-1',
          'colour': 'red',
          'start': '2023-13-45',
          'end': '2026-06-30',
          'title': 42,
          'status': 'APPROVED',
          'targetGroups': ['WOMEN', 'ALIENS', 'MINORS'],
          'partners': [
            { 'id': '00743110157', 'role': 'BOSS', 'legalForm': 'REGION' },
            'not a partner',
            { 'id': '80012000826', 'role': 'PARTNER', 'shoeSize': 42 }
          ],
          'budget': { 'total': 1000.00, 'total': 2000.00, 'lines': {} },
          'code': 'P-2'
        }
        """);
    assertThat(r.problems())
        .extracting(v -> v.getRule(), v -> v.getLocation().getPointer(),
            v -> v.getLocation().getLine(), v -> v.getLocation().getColumn())
        .containsExactly(
            tuple(RuleIds.IO_002, "/colour", 5, 3),
            tuple(RuleIds.IO_003, "/start", 6, 12),
            tuple(RuleIds.IO_003, "/title", 8, 12),
            tuple(RuleIds.IO_003, "/status", 9, 13),
            tuple(RuleIds.IO_003, "/targetGroups/1", 10, 29),
            tuple(RuleIds.IO_003, "/partners/0/role", 12, 36),
            tuple(RuleIds.IO_003, "/partners/1", 13, 5),
            tuple(RuleIds.IO_002, "/partners/2/shoeSize", 14, 47),
            tuple(RuleIds.IO_004, "/budget/total", 16, 33),
            tuple(RuleIds.IO_003, "/budget/lines", 16, 60),
            tuple(RuleIds.IO_004, "/code", 17, 3));
    Project p = r.document(Project.class).orElseThrow();
    assertThat(p.getCode()).isEqualTo("P-1");
    assertThat(p.getStart()).isNull();
    assertThat(p.getEnd()).hasToString("2026-06-30");
    assertThat(p.getTitle()).isNull();
    assertThat(p.getStatus()).isNull();
    assertThat(p.getTargetGroups()).containsExactly(TargetGroup.WOMEN, TargetGroup.MINORS);
    assertThat(p.getPartners()).extracting(Partner::getId, Partner::getRole)
        .containsExactly(tuple("00743110157", null), tuple("80012000826", PartnerRole.PARTNER));
    assertThat(p.getBudget().getTotal()).hasToString("1000.00");
    // the model pointer /partners/1 is the document's /partners/2
    assertThat(r.sourceMap().locate("/partners/1/id").orElseThrow().getPointer())
        .isEqualTo("/partners/2/id");
    assertThat(r.sourceMap().locate("/targetGroups/1").orElseThrow().getPointer())
        .isEqualTo("/targetGroups/2");
    assertThat(r.isUnreadable("/start")).isTrue();
    assertThat(r.isUnreadable("/budget/lines")).isTrue();
    assertThat(r.isUnreadable("/partners/0/role")).isTrue();
    assertThat(r.isUnreadable("/partners/1/role")).isFalse();
    assertThat(r.isUnreadable("/end")).isFalse();
    assertThat(r.isUnreadable("/colour")).isFalse();
  }

  @Test
  void numbersAreKeptAsSubmitted() {
    ReadResult r = read("{'format': 'fami/1', 'kind': 'call', 'allocation': 12.345,"
        + " 'maxGrant': -1.00, 'maxEuShare': 0.7500, 'maxDurationMonths': 3.6e1}");
    assertThat(r.problems()).isEmpty();
    Call c = r.document(Call.class).orElseThrow();
    assertThat(c.getAllocation().value()).isEqualByComparingTo("12.345");
    assertThat(c.getAllocation().value().scale()).isEqualTo(3);
    assertThat(c.getMaxGrant()).hasToString("-1.00");
    assertThat(c.getMaxEuShare().value().toPlainString()).isEqualTo("0.7500");
    assertThat(c.getMaxDurationMonths()).isEqualTo(36L);
    ReadResult small = read("{'format': 'fami/1', 'kind': 'call', 'allocation': 1e-95}");
    assertThat(small.problems()).isEmpty();
    assertThat(small.document(Call.class).orElseThrow().getAllocation().hasAtMostTwoDecimals())
        .isFalse();
    // more decimals than a number may have digits: never read into arithmetic
    ReadResult tiny = read("{'format': 'fami/1', 'kind': 'call', 'allocation': 1e-400}");
    assertThat(tiny.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_005);
      assertThat(v.getArguments()).containsEntry("limit", "maxNumberLength");
    });
  }

  @Test
  void kindAfterOtherMembersIsFoundFirst() {
    String json = "{'code': 'X', 'opens': '2023-13-45', 'format': 'fami/1', 'kind': 'call'}";
    for (ReadResult r : List.of(read(json),
        JSON.read(new java.io.ByteArrayInputStream(j(json).getBytes(
            java.nio.charset.StandardCharsets.UTF_8))))) {
      assertThat(r.kind()).isEqualTo(DocumentKind.CALL);
      assertThat(r.document(Call.class).orElseThrow().getCode()).isEqualTo("X");
      assertThat(r.problems()).extracting(Violation::getRule, v -> v.getLocation().getPointer())
          .containsExactly(tuple(RuleIds.IO_003, "/opens"));
    }
  }

  @Test
  void withoutKindNothingIsRead() {
    ReadResult r = read("{'format': 'fami/1', 'code': 'X', 'foo': [1, 2}");
    assertThat(r.kind()).isNull();
    assertThat(r.document()).isNull();
    assertThat(r.problems()).extracting(Violation::getRule).containsExactly(RuleIds.IO_001);
    ReadResult bad = read("{'format': 'fami/1', 'kind': 7, 'code': 'X'}");
    assertThat(bad.document()).isNull();
    assertThat(bad.problems()).extracting(Violation::getRule).containsExactly(RuleIds.IO_003);
  }

  @Test
  void aDocumentOfOnlyItsEnvelopeIsAnEmptyDocument() {
    ReadResult r = read("{'format': 'fami/1.0', 'kind': 'project'}");
    assertThat(r.problems()).isEmpty();
    assertThat(r.format()).isEqualTo("fami/1.0");
    assertThat(r.document()).isEqualTo(Project.builder().build());
  }

  @Test
  void lenientModeReportsUnknownPropertiesAsWarnings() {
    FamiJson lenient = FamiJson.builder().unknownPropertiesAsWarnings(true).build();
    ReadResult r = lenient.read(j("{'format': 'fami/1', 'kind': 'call', 'colour': 'red',"
        + " 'code': 'X'}"));
    assertThat(r.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_002);
      assertThat(v.getSeverity()).isEqualTo(Severity.WARNING);
    });
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.document(Call.class).orElseThrow().getCode()).isEqualTo("X");
  }

  @Test
  void argumentsAreTruncated() {
    String longValue = "x".repeat(80);
    ReadResult r = read("{'format': 'fami/1', 'kind': 'call', 'opens': '" + longValue + "'}");
    assertThat(r.problems().get(0).getArguments().get("value"))
        .isEqualTo("x".repeat(50) + "...");
  }

  @Test
  void problemsPerDocumentAreBounded() {
    StringBuilder sb = new StringBuilder("{'format': 'fami/1', 'kind': 'call'");
    for (int i = 0; i < 5000; i++) {
      sb.append(", 'p").append(i).append("': 1");
    }
    sb.append(", 'code': 'X'}");
    ReadResult r = read(sb.toString());
    assertThat(r.problems()).hasSize(1001);
    Violation last = r.problems().get(1000);
    assertThat(last.getRule()).isEqualTo(RuleIds.IO_005);
    assertThat(last.getArguments()).isEqualTo(Map.of("limit", "maxProblems", "maximum", "1000"));
    ReadResult broken = read(sb.toString().replace(", 'code': 'X'}", ", 'code': }"));
    assertThat(broken.problems().get(broken.problems().size() - 1).getRule())
        .isEqualTo(RuleIds.IO_001);
  }

  @Test
  void configuredLimitsAreNamed() {
    FamiJson small = FamiJson.builder().limits(ReadLimits.builder()
        .maxDocumentBytes(100).maxListSize(2).maxPartnersPerProject(1).build()).build();
    ReadResult lists = small.read(j("{'format':'fami/1','kind':'project','partners':[{},{}],"
        + "'territory':['ITC3','ITC4','ITG1']}"));
    assertThat(lists.problems())
        .extracting(Violation::getRule, v -> v.getLocation().getPointer(),
            v -> v.getArguments().get("limit"), v -> v.getArguments().get("maximum"))
        .containsExactly(
            tuple(RuleIds.IO_005, "/partners/1", "maxPartnersPerProject", "1"),
            tuple(RuleIds.IO_005, "/territory/2", "maxListSize", "2"));
    assertThat(lists.document(Project.class).orElseThrow().getTerritory()).hasSize(2);
    ReadResult big = small.read(j("{'format':'fami/1','kind':'call','title':'"
        + "x".repeat(200) + "'}"));
    assertThat(big.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_005);
      assertThat(v.getArguments()).containsEntry("limit", "maxDocumentBytes")
          .containsEntry("maximum", "100");
    });
  }
}
