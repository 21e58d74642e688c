package eu.fami.rules;

import eu.fami.model.report.Violation;
import eu.fami.rules.spi.RuleDefinition;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders violation messages in Italian or English from each rule's bundle, keyed by rule id
 * (a {@code variant} argument selects {@code id.variant} when the bundle has it).
 *
 * <p>Templates hold named placeholders such as {@code {cap}}; they are filled in one pass, and an
 * argument's value is inserted as it is and never read as a template, so user input cannot inject
 * placeholders or expressions. No expression language is evaluated.
 *
 * <pre>{@code String text = Messages.of(ruleSet).render(violation, Locale.ITALIAN);}</pre>
 */
public final class Messages {
  /** Italian. */
  public static final Locale ITALIAN = Locale.ITALIAN;
  /** English (the bundles' base). */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final RuleSet rules;
  private final Map<String, Optional<ResourceBundle>> bundles = new ConcurrentHashMap<>();

  private Messages(RuleSet rules) {
    this.rules = rules;
  }

  /** Messages for the rules of {@code rules}. */
  public static Messages of(RuleSet rules) {
    return new Messages(rules);
  }

  /** Italian when {@code locale}'s language is Italian, otherwise English. */
  public static Locale supported(Locale locale) {
    return "it".equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
  }

  /** The message of {@code violation} in {@code locale}. */
  public String render(Violation violation, Locale locale) {
    String variant = violation.getArguments().get("variant");
    String template = null;
    if (variant != null) {
      template = lookup(violation.getRule() + "." + variant, violation.getRule(), locale);
    }
    if (template == null) {
      template = lookup(violation.getRule(), violation.getRule(), locale);
    }
    if (template == null) {
      return violation.getRule() + " " + violation.getArguments();
    }
    return interpolate(template, violation.getArguments());
  }

  /** The template of rule {@code ruleId} in {@code locale}, if its bundle has one. */
  public Optional<String> template(String ruleId, Locale locale) {
    return Optional.ofNullable(lookup(ruleId, ruleId, locale));
  }

  /** A label of rendered reports ({@code report.valid}) with its arguments filled in. */
  public String label(String key, Locale locale, Map<String, String> arguments) {
    String template =
        bundle(RuleDefinition.BUILT_IN_BUNDLE, Messages.class.getClassLoader(), locale)
            .filter(b -> b.containsKey(key))
            .map(b -> b.getString(key))
            .orElse(key);
    return interpolate(template, arguments);
  }

  private String lookup(String key, String ruleId, Locale locale) {
    String base =
        rules.definition(ruleId).map(RuleDefinition::getMessageBundle).orElse(RuleDefinition.BUILT_IN_BUNDLE);
    return bundle(base, rules.classLoaderOf(ruleId), locale)
        .filter(b -> b.containsKey(key))
        .map(b -> b.getString(key))
        .orElse(null);
  }

  private Optional<ResourceBundle> bundle(String base, ClassLoader loader, Locale locale) {
    Locale lang = supported(locale);
    return bundles.computeIfAbsent(
        base + "_" + lang.getLanguage(),
        k -> {
          try {
            return Optional.of(ResourceBundle.getBundle(base, lang, loader, NO_FALLBACK));
          } catch (MissingResourceException e) {
            return Optional.empty();
          }
        });
  }

  /** Fills {@code {name}} placeholders in one pass; unknown names are left as they are. */
  static String interpolate(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i) {
        String value = arguments.get(template.substring(i + 1, close));
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
