package eu.fami.rules.facade;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.Messages;
import eu.fami.rules.ValidationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value of the wrong type (FAMI-IO-003) is explained in the reader's language: the {@code
 * variant} argument names what was expected, and each language has its own words for it; the
 * English {@code expected} argument stays for machines.
 */
class TypeMessagesTest {
  private static final Fami FAMI = Fami.defaults();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "\"title\": 5                | string  | Il valore di \"title\" deve essere un testo (stringa): 5.",
    "\"start\": \"01/02/2024\"   | date    | Il valore di \"start\" deve essere una data scritta aaaa-MM-gg: 01/02/2024.",
    "\"partners\": {}            | array   | Il valore di \"partners\" deve essere un elenco (array): {...}.",
    "\"classification\": []      | object  | Il valore di \"classification\" deve essere un oggetto: [...].",
    "\"status\": \"OPEN\"        | oneOf   | Il valore di \"status\" deve essere uno tra SUBMITTED, ADMITTED, REJECTED, WITHDRAWN, CLOSED: OPEN.",
  })
  void italianNamesTheExpectedType(String member, String variant, String italian) {
    String json = "{\"format\":\"fami/1\",\"kind\":\"project\",\"period\":\"2021-2027\"," + member + "}";
    Violation v = FAMI.validate(json, "t.json", ValidationContext.NONE).getViolations().stream()
        .filter(x -> x.getRule().equals(RuleIds.IO_003))
        .findFirst()
        .orElseThrow();
    assertThat(v.getArguments()).containsEntry("variant", variant).containsKey("expected");
    assertThat(FAMI.messages().render(v, Messages.ITALIAN)).isEqualTo(italian);
    assertThat(FAMI.messages().render(v, Messages.ENGLISH))
        .startsWith("The value of \"" + v.getArguments().get("property") + "\" must be");
  }
}
