package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidCount;
import org.immutables.value.Value;

/**
 * Breakdown of an indicator value by gender (Annex VIII).
 *
 * <pre>{@code GenderBreakdown.builder().female(120L).male(90L).build()}</pre>
 */
@Value.Immutable
public interface GenderBreakdown {
  /** Women. */
  @Nullable
  @Required
  @ValidCount
  Long getFemale();

  /** Men. */
  @Nullable
  @Required
  @ValidCount
  Long getMale();

  /** Other, when stated. */
  @Nullable
  @ValidCount
  Long getOther();

  /** A builder of {@code GenderBreakdown}. */
  static ImmutableGenderBreakdown.Builder builder() {
    return ImmutableGenderBreakdown.builder();
  }
}
