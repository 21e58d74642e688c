package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidCount;
import org.immutables.value.Value;

/**
 * Breakdown of an indicator value by age (Annex VIII: under 18, 18 to 60, over 60).
 *
 * <pre>{@code AgeBreakdown.builder().under18(30L).from18to60(175L).over60(5L).build()}</pre>
 */
@Value.Immutable
public interface AgeBreakdown {
  /** Under 18. */
  @Nullable
  @Required
  @ValidCount
  Long getUnder18();

  /** From 18 to 60. */
  @Nullable
  @Required
  @ValidCount
  Long getFrom18to60();

  /** Over 60. */
  @Nullable
  @Required
  @ValidCount
  Long getOver60();

  /** A builder of {@code AgeBreakdown}. */
  static ImmutableAgeBreakdown.Builder builder() {
    return ImmutableAgeBreakdown.builder();
  }
}
