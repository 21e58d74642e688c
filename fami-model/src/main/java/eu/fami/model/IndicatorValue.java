package eu.fami.model;

import org.immutables.value.Value;

/**
 * The value of an indicator reached in one quarter (participants newly reached), with breakdowns.
 *
 * <pre>{@code IndicatorValue.builder().id("O.2.3").total(210L).build()}</pre>
 */
@Value.Immutable
public interface IndicatorValue {
  /** Indicator id. */
  @Nullable
  String getId();

  /** Total for the quarter. */
  @Nullable
  Long getTotal();

  /** Breakdown by gender. */
  @Nullable
  GenderBreakdown getByGender();

  /** Breakdown by age. */
  @Nullable
  AgeBreakdown getByAge();

  /** A builder of {@code IndicatorValue}. */
  static ImmutableIndicatorValue.Builder builder() {
    return ImmutableIndicatorValue.builder();
  }
}
