package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidCount;
import jakarta.validation.Valid;
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
  @Required
  String getId();

  /** Total for the quarter. */
  @Nullable
  @Required
  @ValidCount
  Long getTotal();

  /** Breakdown by gender. */
  @Nullable
  @Valid
  GenderBreakdown getByGender();

  /** Breakdown by age. */
  @Nullable
  @Valid
  AgeBreakdown getByAge();

  /** A builder of {@code IndicatorValue}. */
  static ImmutableIndicatorValue.Builder builder() {
    return ImmutableIndicatorValue.builder();
  }
}
