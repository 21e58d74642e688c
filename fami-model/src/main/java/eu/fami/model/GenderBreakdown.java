package eu.fami.model;

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
  Long getFemale();

  /** Men. */
  @Nullable
  Long getMale();

  /** Other, when stated. */
  @Nullable
  Long getOther();

  /** A builder of {@code GenderBreakdown}. */
  static ImmutableGenderBreakdown.Builder builder() {
    return ImmutableGenderBreakdown.builder();
  }
}
