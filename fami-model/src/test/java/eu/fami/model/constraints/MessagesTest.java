package eu.fami.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.constraints.Faults.Fault;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message bundles: a message for every constraint in both languages, valid UTF-8, no expression
 * language, fully interpolated, Italian letters intact.
 */
class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

  @Test
  void bothBundlesHoldAMessageForEveryConstraintAndNothingElse()
      throws IOException, URISyntaxException {
    Set<String> keys = ConstraintsFireTest.constraints().stream()
        .map(c -> "eu.fami.model.constraints." + c.getSimpleName() + ".message")
        .collect(Collectors.toSet());

    assertThat(bundle("").stringPropertyNames()).isEqualTo(keys);
    assertThat(bundle("_it").stringPropertyNames()).isEqualTo(keys);
  }

  @Test
  void placeholdersNameAttributesOfTheirConstraintAndThereIsNoExpressionLanguage()
      throws IOException, URISyntaxException {
    for (Class<? extends Annotation> constraint : ConstraintsFireTest.constraints()) {
      Set<String> attributes = Arrays.stream(constraint.getDeclaredMethods())
          .map(Method::getName)
          .collect(Collectors.toSet());
      String key = "eu.fami.model.constraints." + constraint.getSimpleName() + ".message";
      for (String suffix : List.of("", "_it")) {
        String message = bundle(suffix).getProperty(key);
        assertThat(message).doesNotContain("$").isNotBlank();
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
          assertThat(attributes).contains(placeholder.group(1));
        }
      }
    }
  }

  @Test
  void italianLettersSurvive() throws IOException {
    assertThat(bundle("_it").getProperty("eu.fami.model.constraints.Required.message"))
        .startsWith("è obbligatorio");
    assertThat(bundle("_it").getProperty("eu.fami.model.constraints.ValidCount.message"))
        .contains("quantità");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void everyMessageIsInterpolatedInBothLanguages(Fault fault) throws IOException {
    String key = "eu.fami.model.constraints." + fault.constraint().getSimpleName() + ".message";

    String english = message(Hv.ENGLISH, fault);
    String italian = message(Hv.ITALIAN, fault);

    assertThat(english).isEqualTo(bundle("").getProperty(key)).doesNotContain("{", "}");
    assertThat(italian).isEqualTo(bundle("_it").getProperty(key)).isNotEqualTo(english)
        .doesNotContain("{", "}", "Ã", "\uFFFD");
  }

  static Stream<Fault> faults() {
    return Faults.all().filter(f -> !f.isNearMiss());
  }

  private static String message(Validator validator, Fault fault) {
    ConstraintViolation<Object> violation = validator.validate(fault.document()).iterator().next();
    assertThat(violation.getMessageTemplate()).isEqualTo(
        "{eu.fami.model.constraints." + fault.constraint().getSimpleName() + ".message}");
    return violation.getMessage();
  }

  /** A bundle read strictly as UTF-8: malformed bytes fail instead of turning into mojibake. */
  private static Properties bundle(String suffix) throws IOException {
    String name = "/ContributorValidationMessages" + suffix + ".properties";
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      return properties;
    }
  }
}
