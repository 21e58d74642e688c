package eu.fami.model.report;

import java.util.Map;
import org.immutables.value.Value;

/**
 * One finding: which rule, how severe, where, with which named arguments, on what legal source.
 * Violations are data: the message is rendered from the rule's bundle when a report is rendered, so
 * equality never depends on text.
 *
 * <pre>{@code
 * Violation.builder().rule(RuleIds.BUD_004).severity(Severity.ERROR)
 *     .location(Location.of("/financing/0/amount")).putArguments("cap", "0.75").build()
 * }</pre>
 */
@Value.Immutable
public interface Violation {
  /** Rule id ({@code FAMI-BUD-004}). */
  String getRule();

  /** Severity. */
  Severity getSeverity();

  /** Location in the document. */
  Location getLocation();

  /** Named arguments of the message, in a stable order. */
  Map<String, String> getArguments();

  /** Legal source of the rule, if any ({@code Reg. (EU) 2021/1147, Art. 15(1)}). */
  @Value.Default
  default String getSource() {
    return "";
  }

  /** Key of the entity the violation is about (project code, or CUP), when known. */
  @eu.fami.model.Nullable
  String getEntity();

  /** Whether this is an error. */
  default boolean isError() {
    return getSeverity() == Severity.ERROR;
  }

  /** A builder of violations. */
  static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }
}
