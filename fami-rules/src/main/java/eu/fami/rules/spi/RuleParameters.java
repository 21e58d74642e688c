package eu.fami.rules.spi;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Thresholds of the rules marked (param) in the rule catalogue that are not regulatory figures
 * (those live in the catalogue). Immutable; set per validator.
 *
 * <pre>{@code RuleParameters.builder().shareTolerance(new BigDecimal("0.002")).build()}</pre>
 */
@Value.Immutable
public interface RuleParameters {
  /** The defaults. */
  RuleParameters DEFAULTS = builder().build();

  /**
   * FAMI-BUD-012: largest difference between a declared and a computed share, as a fraction
   * (default 0.001, i.e. 0.1 percentage points).
   */
  @Value.Default
  default BigDecimal getShareTolerance() {
    return new BigDecimal("0.001");
  }

  /**
   * FAMI-MON-005: how far cumulative expenditure of a partner's cost category may exceed its
   * budget line before a warning, as a fraction of the line (default 0.10, national practice).
   */
  @Value.Default
  default BigDecimal getCategoryOverrunTolerance() {
    return new BigDecimal("0.10");
  }

  /** A builder starting from the defaults. */
  static ImmutableRuleParameters.Builder builder() {
    return ImmutableRuleParameters.builder();
  }
}
