package eu.fami.rules;

import eu.fami.rules.spi.RuleDefinition.Requirement;
import org.immutables.value.Value;

/**
 * A rule that did not run on (part of) a document, and why: for instance the call rules of a
 * project whose call was not given.
 */
@Value.Immutable
public interface SkippedRule {
  /** Rule id. */
  @Value.Parameter
  String getRule();

  /** What was missing. */
  @Value.Parameter
  Requirement getReason();

  /** The skipped rule and its reason. */
  static SkippedRule of(String rule, Requirement reason) {
    return ImmutableSkippedRule.of(rule, reason);
  }
}
