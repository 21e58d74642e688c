package eu.fami.rules.spi;

import eu.fami.model.report.Severity;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a rule is: its stable id, its group, its default severity, its legal source, what it needs
 * to run, and the resource bundle holding its message (keyed by the id; a finding with a
 * {@code variant} argument uses the key {@code id.variant} when the bundle has it).
 *
 * <pre>{@code
 * RuleDefinition.builder().id("FAMI-BUD-004").group("BUD").severity(Severity.ERROR)
 *     .source("Reg. (EU) 2021/1147, Art. 15").build()
 * }</pre>
 */
@Value.Immutable
public interface RuleDefinition {
  /** Base name of the bundle of the built-in rules' messages. */
  String BUILT_IN_BUNDLE = "eu.fami.rules.messages";

  /** Stable id, e.g. {@code FAMI-BUD-004}. */
  String getId();

  /** Group, e.g. {@code BUD}; rules can be disabled by group. */
  String getGroup();

  /** Default severity (a validator's selection may change it). */
  Severity getSeverity();

  /** Legal source, e.g. {@code Reg. (EU) 2021/1147, Art. 15(1)}; empty when none. */
  @Value.Default
  default String getSource() {
    return "";
  }

  /** What the rule needs to run; when missing, the rule is skipped and the report says why. */
  Set<Requirement> getRequires();

  /** Base name of the resource bundle holding the message keyed by {@link #getId()}. */
  @Value.Default
  default String getMessageBundle() {
    return BUILT_IN_BUNDLE;
  }

  /** A builder. */
  static ImmutableRuleDefinition.Builder builder() {
    return ImmutableRuleDefinition.builder();
  }

  /** What a rule may need besides the document itself. */
  enum Requirement {
    /** The catalogue of the document's period (the period is known). */
    CATALOGUE,
    /** The call the project answers (in a dataset, given to the API, or with {@code --context}). */
    CALL,
    /** The project a {@code report} document belongs to. */
    PROJECT_CONTEXT
  }
}
