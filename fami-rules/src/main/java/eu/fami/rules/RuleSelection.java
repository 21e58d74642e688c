package eu.fami.rules;

import eu.fami.model.report.Severity;
import eu.fami.rules.spi.RuleDefinition;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Which rules a validator runs and at what severity: rules or groups disabled, severities raised or
 * lowered (a region's profile). Recorded in every report.
 *
 * <pre>{@code
 * RuleSelection.builder().addDisabledRules("FAMI-MON-002").putSeverities("FAMI-OVL-004", Severity.ERROR).build()
 * }</pre>
 */
@Value.Immutable
public interface RuleSelection {
  /** Every rule at its default severity. */
  RuleSelection ALL = builder().build();

  /** Ids of disabled rules. */
  Set<String> getDisabledRules();

  /** Disabled groups ({@code MON}, or a custom group). */
  Set<String> getDisabledGroups();

  /** Severities in force instead of the defaults, by rule id. */
  Map<String, Severity> getSeverities();

  /** Whether {@code rule} runs. */
  default boolean isEnabled(RuleDefinition rule) {
    return !getDisabledRules().contains(rule.getId())
        && !getDisabledGroups().contains(rule.getGroup());
  }

  /** The severity in force for {@code rule}. */
  default Severity severityOf(RuleDefinition rule) {
    return getSeverities().getOrDefault(rule.getId(), rule.getSeverity());
  }

  /** Whether this selection is {@link #ALL}. */
  default boolean isDefault() {
    return getDisabledRules().isEmpty() && getDisabledGroups().isEmpty() && getSeverities().isEmpty();
  }

  /** A stable, human-readable description, e.g. {@code disabled=[FAMI-MON-002] severities={...}}. */
  default String describe() {
    if (isDefault()) {
      return "all rules at default severity";
    }
    return "disabledRules=" + new TreeSet<>(getDisabledRules())
        + " disabledGroups=" + new TreeSet<>(getDisabledGroups())
        + " severities=" + new TreeMap<>(getSeverities());
  }

  /** A builder. */
  static ImmutableRuleSelection.Builder builder() {
    return ImmutableRuleSelection.builder();
  }
}
