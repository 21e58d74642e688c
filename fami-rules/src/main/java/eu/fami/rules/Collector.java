package eu.fami.rules;

import eu.fami.model.report.Location;
import eu.fami.model.report.Violation;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.RuleDefinition;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The engine's {@link Findings}: binds the rule, the severity in force, the pointer prefix of the
 * scope, the entity and the locator, and appends violations to a list. One per pass; not shared
 * between threads.
 */
final class Collector implements Findings {
  private final RuleSelection selection;
  private Function<String, Location> locator;
  private final List<Violation> out;
  private RuleDefinition rule;
  private String prefix = "";
  private String entity;

  Collector(RuleSelection selection, Function<String, Location> locator, List<Violation> out) {
    this.selection = selection;
    this.locator = locator;
    this.out = out;
  }

  /** Locates the next findings with {@code locator}. */
  Collector locateWith(Function<String, Location> locator) {
    this.locator = locator;
    return this;
  }

  /** Reports the next findings as {@code rule}'s, under {@code prefix}, about {@code entity}. */
  Collector bind(RuleDefinition rule, String prefix, String entity) {
    this.rule = rule;
    this.prefix = prefix;
    this.entity = entity;
    return this;
  }

  @Override
  public void report(String pointer, Map<String, String> arguments) {
    out.add(
        Violation.builder()
            .rule(rule.getId())
            .severity(selection.severityOf(rule))
            .location(locator.apply(prefix + pointer))
            .arguments(arguments)
            .source(rule.getSource())
            .entity(entity)
            .build());
  }
}
