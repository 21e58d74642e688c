package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Project;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  private static final FamiJson JSON = FamiJson.defaults();

  /** The 1-based line and character column of the {@code nth} occurrence of {@code what}. */
  private static int[] position(String text, String what, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(what, at + 1);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, at) + 1};
  }

  private static Location at(String pointer, String text, String what, int nth) {
    int[] p = position(text, what, nth);
    return Location.of(pointer, p[0], p[1]);
  }

  @Test
  void everyValueOfAnExampleIsLocated() {
    String text = Examples.text("project-com-in-5.json");
    SourceMap map = JSON.read(text).sourceMap();
    assertThat(map.locate("")).contains(Location.of("", 1, 1));
    assertThat(map.locate("/code")).contains(at("/code", text, "\"PROG-COMIN5\"", 0));
    assertThat(map.locate("/partners/5/name"))
        .contains(at("/partners/5/name", text, "\"Nova Consorzio", 0));
    assertThat(map.locate("/budget/lines/29/amount"))
        .contains(at("/budget/lines/29/amount", text, "49000.00", 0));
    assertThat(map.locate("/indicators/1/target"))
        .contains(at("/indicators/1/target", text, "1 }", 0));
  }

  @Test
  void missingValuesAreLocatedAtTheirNearestAncestor() {
    String text = Examples.text("project-com-in-5.json");
    SourceMap map = JSON.read(text).sourceMap();
    int[] budget = position(text, "{\n    \"costMethod\"", 0);
    assertThat(map.locate("/budget/nothing/here"))
        .contains(Location.of("/budget/nothing/here", budget[0], budget[1]));
    int[] partners = position(text, "[\n    { \"id\": \"80012000826\"", 0);
    assertThat(map.locate("/partners/6/id"))
        .contains(Location.of("/partners/6/id", partners[0], partners[1]));
    assertThat(map.locate("/partners/x")).map(Location::getLine).contains(partners[0]);
    assertThat(map.locate("/partners/01")).map(Location::getLine).contains(partners[0]);
    assertThat(map.locate("no-slash")).isEmpty();
    assertThat(SourceMap.empty().locate("")).isEmpty();
    assertThat(JSON.read("").sourceMap().locate("/code")).isEmpty();
  }

  @Test
  void columnsCountCharactersNotBytes() {
    String text = "{\"format\": \"fami/1\", \"kind\": \"project\", \"title\": \"Libertà é più 𝄞\","
        + " \"start\": \"2023-13-45\",\n \"summary\": \"ça\", \"end\": \"x\"}";
    for (ReadResult r : List.of(JSON.read(text),
        JSON.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))) {
      assertThat(r.problems()).extracting(Violation::getLocation).containsExactly(
          at("/start", text, "\"2023-13-45\"", 0),
          at("/end", text, "\"x\"", 0));
      assertThat(r.sourceMap().locate("/summary")).contains(at("/summary", text, "\"ça\"", 0));
    }
  }

  @Test
  void columnsStayRightOnLongLinesFullOfNonAsciiText() {
    StringBuilder sb = new StringBuilder("{\"format\":\"fami/1\",\"kind\":\"project\",\"partners\":[");
    for (int i = 0; i < 3000; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i)
          .append("\",\"name\":\"Società Cooperativa Àèìòù ").append(i).append(" – Ω\"")
          .append(i % 700 == 699 ? ",\"role\":\"CHIEF\"" : "").append('}');
    }
    sb.append("]}");
    String text = sb.toString();
    ReadResult r = JSON.read(text);
    assertThat(r.problems()).hasSize(4);
    for (int k = 0; k < 4; k++) {
      Violation v = r.problems().get(k);
      int index = 699 + 700 * k;
      assertThat(v.getLocation())
          .isEqualTo(at("/partners/" + index + "/role", text, "\"CHIEF\"", k));
    }
    assertThat(r.sourceMap().locate("/partners/2999/name"))
        .contains(at("/partners/2999/name", text, "\"Società Cooperativa Àèìòù 2999", 0));
  }

  @Test
  void modelPointersSkipDroppedElements() {
    String text = """
        {"format": "fami/1", "kind": "project",
         "territory": ["ITC3", 7, "ITC4"],
         "partners": [null, {"id": "A"}, "B", {"id": "C", "region": 3}]}
        """;
    ReadResult r = JSON.read(text);
    Project p = r.document(Project.class).orElseThrow();
    assertThat(p.getTerritory()).hasSize(2);
    assertThat(p.getPartners()).hasSize(2);
    SourceMap map = r.sourceMap();
    assertThat(map.locate("/territory/1")).contains(at("/territory/2", text, "\"ITC4\"", 0));
    assertThat(map.locate("/partners/0/id")).contains(at("/partners/1/id", text, "\"A\"", 0));
    assertThat(map.locate("/partners/1/id")).contains(at("/partners/3/id", text, "\"C\"", 0));
    assertThat(map.locate("/partners/1/region/x"))
        .contains(at("/partners/3/region/x", text, "3}", 0));
    // the problems carry the document's pointers
    assertThat(r.problems()).extracting(v -> v.getLocation().getPointer())
        .containsExactly("/territory/1", "/partners/0", "/partners/2", "/partners/3/region");
  }

  @Test
  void escapedNamesInPointers() {
    String text = "{\"format\": \"fami/1\", \"kind\": \"project\", \"a/b~c\": 1}";
    ReadResult r = JSON.read(text);
    assertThat(r.problems()).extracting(Violation::getRule, v -> v.getLocation().getPointer())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleIds.IO_002, "/a~1b~0c"));
  }

  @Test
  void aDatasetReadWholeHasOneMap() {
    String text = Examples.text("dataset-formazione-linguistica.json");
    SourceMap map = JSON.read(text).sourceMap();
    assertThat(map.locate("/projects/2/reports/0/indicators/0/byAge/over60"))
        .contains(at("/projects/2/reports/0/indicators/0/byAge/over60", text, "2 } }", 1));
    assertThat(map.locate("/programme/managingAuthority"))
        .contains(at("/programme/managingAuthority", text, "\"Ministero", 0));
  }
}
