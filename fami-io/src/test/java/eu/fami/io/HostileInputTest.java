package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import eu.fami.model.Call;
import eu.fami.model.DocumentKind;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input meant to hurt: every case ends in problems, never in an exception or a blow-up. */
class HostileInputTest {
  private static final FamiJson JSON = FamiJson.defaults();
  private static final String CALL = "{\"format\": \"fami/1\", \"kind\": \"call\", ";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> rules(ReadResult r) {
    return r.problems().stream().map(Violation::getRule).toList();
  }

  /** A stream of {@code prefix}, {@code n} copies of {@code fill}, {@code suffix}; never held whole. */
  private static InputStream repeated(String prefix, byte fill, long n, String suffix) {
    InputStream body = new InputStream() {
      private long left = n;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return fill;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + k, fill);
        left -= k;
        return k;
      }
    };
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(utf8(prefix)), body, new ByteArrayInputStream(utf8(suffix)))));
  }

  @Test
  void tenThousandNestedArrays() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    for (String json : List.of(deep, CALL + "\"classification\": " + deep + "}",
        CALL + "\"unknown\": " + deep + "}")) {
      ReadResult r = JSON.read(json);
      assertThat(rules(r)).contains(RuleIds.IO_005);
      assertThat(r.problems()).filteredOn(v -> v.getRule().equals(RuleIds.IO_005))
          .singleElement()
          .satisfies(v -> assertThat(v.getArguments()).containsEntry("limit", "maxNestingDepth"));
    }
  }

  @Test
  void fiftyMegabyteString() {
    long n = 50L * 1024 * 1024;
    ReadResult known = JSON.read(repeated(CALL + "\"title\": \"", (byte) 'x', n, "\"}"));
    assertThat(known.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_005);
      assertThat(v.getLocation().getPointer()).isEqualTo("/title");
    });
    // skipped as an unknown property, it still counts against the document size
    ReadResult unknown = JSON.read(repeated(CALL + "\"junk\": \"", (byte) 'x', n, "\"}"));
    assertThat(unknown.problems()).extracting(Violation::getRule)
        .containsExactly(RuleIds.IO_002, RuleIds.IO_005);
    assertThat(unknown.problems().get(1).getArguments())
        .containsEntry("limit", "maxDocumentBytes");
    // inside a dataset the limit is per project, so the rest of the dataset reads on
    try (DatasetReader r = JSON.openDataset(repeated(
        "{\"format\":\"fami/1\",\"kind\":\"dataset\",\"programme\":{},\"calls\":[],\"projects\":["
            + "{\"code\":\"A\",\"junk\":\"", (byte) 'x', n, "\"},{\"code\":\"B\"}]}"))) {
      ProjectEntry a = r.next();
      assertThat(a.problems()).extracting(Violation::getRule)
          .containsExactly(RuleIds.IO_002, RuleIds.IO_005);
      assertThat(r.next().project().getCode()).isEqualTo("B");
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void fiftyMegabytesOfWhitespace() {
    ReadResult r = JSON.read(repeated(CALL, (byte) ' ', 50L * 1024 * 1024, "\"code\": \"X\"}"));
    assertThat(r.problems()).singleElement().satisfies(v ->
        assertThat(v.getArguments()).containsEntry("limit", "maxDocumentBytes"));
  }

  @Test
  void hugeNumbersCostNothing() {
    ReadResult r = JSON.read(CALL + "\"allocation\": 1e100000000, \"maxGrant\": 1e-100000000,"
        + " \"maxEuShare\": -1e400, \"maxDurationMonths\": 1e999999999}");
    assertThat(r.problems()).extracting(Violation::getRule, v -> v.getLocation().getPointer())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleIds.FMT_004, "/allocation"),
            org.assertj.core.groups.Tuple.tuple(RuleIds.IO_005, "/maxGrant"),
            org.assertj.core.groups.Tuple.tuple(RuleIds.FMT_004, "/maxEuShare"),
            org.assertj.core.groups.Tuple.tuple(RuleIds.FMT_004, "/maxDurationMonths"));
    Call c = r.document(Call.class).orElseThrow();
    assertThat(c.getAllocation()).isNull();
    assertThat(c.getMaxGrant()).isNull(); // more decimals than a number may have digits
    assertThatCode(() -> JSON.writeString(c)).doesNotThrowAnyException();
    ReadResult exponent = JSON.read(CALL + "\"maxGrant\": 1e-99999999999}");
    assertThat(rules(exponent)).hasSize(1);
  }

  @Test
  void invalidUtf8() {
    byte[] bad = utf8(CALL + "\"title\": \"ab\"}");
    int at = new String(bad, StandardCharsets.UTF_8).indexOf("ab");
    bad[at] = (byte) 0xC3;
    bad[at + 1] = (byte) 0x28;
    ReadResult r = JSON.read(bad);
    assertThat(r.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_001);
      assertThat(v.getLocation().getPointer()).isEqualTo("/title");
      assertThat(v.getLocation().getLine()).isEqualTo(1);
    });
    byte[] lone = utf8(CALL + "\"title\": \"ab\"}");
    lone[at] = (byte) 0xFF;
    assertThat(rules(JSON.read(lone))).containsExactly(RuleIds.IO_001);
  }

  @Test
  void byteOrderMarks() {
    byte[] doc = utf8(CALL + "\"opens\": \"x\"}");
    byte[] bom = new byte[doc.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(doc, 0, bom, 3, doc.length);
    ReadResult r = JSON.read(bom);
    // a UTF-8 byte order mark is skipped: columns count from the first character after it
    assertThat(r.kind()).isEqualTo(DocumentKind.CALL);
    assertThat(r.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_003);
      assertThat(v.getLocation().getColumn()).isEqualTo(47);
    });
    byte[] utf16 = (CALL + "}").getBytes(StandardCharsets.UTF_16);
    ReadResult u = JSON.read(utf16);
    assertThat(u.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_001);
      assertThat(v.getArguments().get("detail")).contains("not UTF-8");
    });
    assertThat(rules(JSON.read((CALL + "}").getBytes(StandardCharsets.UTF_16LE))))
        .containsExactly(RuleIds.IO_001);
    byte[] bomLater = utf8(CALL + "\"code\": \"X\"}\uFEFF");
    assertThat(rules(JSON.read(bomLater))).containsExactly(RuleIds.IO_001);
  }

  @Test
  void nulBytesAndControlCharacters() {
    assertThat(rules(JSON.read(new byte[] {0, 0, 0, 0}))).containsExactly(RuleIds.IO_001);
    assertThat(rules(JSON.read(CALL + "\"title\": \"a\u0000b\"}")))
        .containsExactly(RuleIds.IO_001);
    assertThat(rules(JSON.read(CALL + "\"title\": \"a\tb\"}"))).containsExactly(RuleIds.IO_001);
    ReadResult escaped = JSON.read(CALL + "\"title\": \"a\\u0000b\\ud800\"}");
    assertThat(escaped.problems()).isEmpty();
    Call c = escaped.document(Call.class).orElseThrow();
    assertThat(c.getTitle()).isEqualTo("a\u0000b\ud800");
    // written back exactly (a lone surrogate escaped), read back equal
    assertThat(JSON.read(JSON.writeString(c)).document()).isEqualTo(c);
  }

  @Test
  void emptyAndTrailing() {
    assertThat(rules(JSON.read(new byte[0]))).containsExactly(RuleIds.IO_001);
    assertThat(rules(JSON.read("   "))).containsExactly(RuleIds.IO_001);
    assertThat(rules(JSON.read(CALL + "\"code\": \"X\"}}"))).containsExactly(RuleIds.IO_001);
    assertThat(rules(JSON.read(CALL + "\"code\": \"X\"} \"more\""))).containsExactly(RuleIds.IO_001);
    assertThat(rules(JSON.read(CALL + "\"code\": \"X\""))).containsExactly(RuleIds.IO_001);
    ReadResult truncated = JSON.read(CALL + "\"code\": \"X\", \"title\": \"Y");
    assertThat(truncated.document(Call.class).orElseThrow().getCode()).isEqualTo("X");
  }

  @Test
  void notAnObject() {
    for (String json : List.of("42", "\"project\"", "null", "true", "[]")) {
      ReadResult r = JSON.read(json);
      assertThat(rules(r)).as(json).containsExactly(RuleIds.IO_003);
      assertThat(r.document()).isNull();
    }
    assertThat(rules(JSON.read("{\"format\": \"fami/1\", \"kind\": \"project\", \"partners\": 5,"
        + " \"budget\": [], \"reports\": {}}")))
        .containsExactly(RuleIds.IO_003, RuleIds.IO_003, RuleIds.IO_003);
  }

  @Test
  void aLoneSurrogateInAJavaStringIsNotText() {
    ReadResult r = JSON.read(CALL + "\"title\": \"\ud800\"}");
    assertThat(r.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_001);
      assertThat(v.getLocation().getColumn()).isEqualTo(48);
    });
  }

  @Test
  void manyUnknownPropertiesAreBounded() {
    StringBuilder sb = new StringBuilder(CALL);
    for (int i = 0; i < 100_000; i++) {
      sb.append('"').append("p").append(i).append("\": [1, {\"a\": 2}], ");
    }
    sb.append("\"code\": \"X\"}");
    ReadResult r = JSON.read(sb.toString());
    assertThat(r.problems()).hasSize(ReadLimits.defaults().maxProblems() + 1);
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void sixteenMegabytesOfEmptyObjectsStayWithinMemory() {
    // 5.6 million values in a document within maxDocumentBytes: maxValues bounds what is kept
    StringBuilder sb = new StringBuilder(
        "{\"format\": \"fami/1\", \"kind\": \"project\", \"reports\": [");
    int budget = 16 * 1024 * 1024 - 200;
    for (int r = 0; sb.length() < budget; r++) {
      sb.append(r == 0 ? "" : ",").append("{\"expenditure\": [{}");
      for (int i = 1; i < 100_000 && sb.length() < budget; i++) {
        sb.append(",{}");
      }
      sb.append("]}");
    }
    sb.append("]}");
    ReadResult r = JSON.read(sb.toString());
    assertThat(r.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_005);
      assertThat(v.getArguments()).containsEntry("limit", "maxValues")
          .containsEntry("maximum", "1000000");
    });
  }

  @Test
  void aProjectWithTooManyPartners() {
    StringBuilder sb = new StringBuilder(
        "{\"format\": \"fami/1\", \"kind\": \"project\", \"partners\": [");
    for (int i = 0; i < 10_005; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\"}");
    }
    sb.append("], \"code\": \"X\"}");
    ReadResult r = JSON.read(sb.toString());
    assertThat(r.problems()).singleElement().satisfies(v -> {
      assertThat(v.getLocation().getPointer()).isEqualTo("/partners/10000");
      assertThat(v.getArguments()).containsEntry("limit", "maxPartnersPerProject");
    });
    Project p = r.document(Project.class).orElseThrow();
    assertThat(p.getPartners()).hasSize(10_000);
    assertThat(p.getCode()).isEqualTo("X");
  }
}
