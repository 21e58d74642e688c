package eu.fami.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Submitted values in the text rendering cannot forge report lines or act on a terminal: control
 * characters, line separators and bidirectional overrides are written as escapes.
 */
class TextRenderingTest {
  @ParameterizedTest(name = "code {0}")
  @ValueSource(strings = {"P\\n  ERROR FAMI-BUD-004 1:1 /x", "P\\r\\u001b[2J", "P\\u2028X",
      "P\\u202eX", "P\\u0085X", "P\\u0000"})
  void submittedValuesStayOnTheirLine(String code) {
    String doc = "{\"format\":\"fami/1\",\"kind\":\"project\",\"code\":\"" + code + "\","
        + "\"title\":\"T\",\"cup\":\"" + code + "\"}";
    ValidationReport r = Fami.defaults().validate(doc, "p.json", ValidationContext.NONE);
    String text = ReportRenderer.of(Fami.defaults().messages(), Locale.ENGLISH)
        .toString(ReportFormat.TEXT, r);
    assertThat(text).doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029"
        + "\\u202A-\\u202E\\u2066-\\u2069]");
    long entities = text.lines().filter(l -> l.startsWith("  [")).count();
    long skipped = r.getSkipped().stream().map(s -> s.getReason()).distinct().count();
    assertThat(text.lines().count())
        .isEqualTo(1 + 2L * r.getViolations().size() + entities + skipped);
    assertThat(text).contains("[P\\u");
  }
}
