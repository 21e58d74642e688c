package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.GroupRun.Hit;
import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.report.Location;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import eu.fami.rules.Messages;
import eu.fami.rules.RuleSet;
import eu.fami.rules.spi.RuleDefinition;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages of FAMI-CAT-* and FAMI-ELIG-*: every finding the rule tests expect renders in
 * Italian and English with every placeholder filled, from its variant's template when it names one.
 */
class CatalogueEligibilityMessagesTest {
  private static final RuleSet RULES = ruleSet();
  private static final Messages MESSAGES = Messages.of(RULES);

  private static RuleSet ruleSet() {
    RuleSet.Builder b = RuleSet.builder();
    GroupRun.RULES.forEach(b::add);
    return b.build();
  }

  @SuppressWarnings("unchecked")
  static Stream<Hit> expectedHits() {
    return Stream.of(
            CatalogueRulesTest.projects(),
            CatalogueRulesTest.calls(),
            CatalogueRulesTest.amended2014(),
            EligibilityRulesTest.cases())
        .flatMap(s -> s)
        .map(Arguments::get)
        .flatMap(args -> ((List<Hit>) args[args.length - 1]).stream());
  }

  static Stream<Arguments> findings() {
    return expectedHits()
        .flatMap(h -> Stream.of(Arguments.of(h, Messages.ITALIAN), Arguments.of(h, Messages.ENGLISH)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("findings")
  void everyPlaceholderIsFilled(Hit hit, Locale locale) {
    Violation v =
        Violation.builder()
            .rule(hit.rule())
            .severity(Severity.ERROR)
            .location(Location.of(hit.pointer()))
            .putAllArguments(hit.arguments())
            .build();
    String text = MESSAGES.render(v, locale);
    assertThat(text).doesNotContain("{").doesNotStartWith(hit.rule());
    String variant = hit.arguments().get("variant");
    if (variant != null) {
      assertThat(bundle(locale).containsKey(hit.rule() + "." + variant))
          .as("template %s.%s in %s", hit.rule(), variant, locale)
          .isTrue();
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(keys(Messages.ITALIAN)).isEqualTo(keys(Messages.ENGLISH)).isNotEmpty();
  }

  @Test
  void everyRuleIsExercised() {
    Set<String> triggered = expectedHits().map(Hit::rule).collect(Collectors.toSet());
    assertThat(triggered)
        .containsExactlyInAnyOrderElementsOf(
            GroupRun.RULES.stream().map(r -> r.definition().getId()).toList());
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        RuleDefinition.BUILT_IN_BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static Set<String> keys(Locale locale) {
    return bundle(locale).keySet().stream()
        .filter(k -> k.startsWith("FAMI-CAT-") || k.startsWith("FAMI-ELIG-"))
        .collect(Collectors.toSet());
  }
}
