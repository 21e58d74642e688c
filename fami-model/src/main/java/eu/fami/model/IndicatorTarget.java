package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidCount;
import org.immutables.value.Value;

/**
 * A target value a project declares for an Annex VIII indicator.
 *
 * <pre>{@code IndicatorTarget.builder().id("O.2.3").target(3000L).build()}</pre>
 */
@Value.Immutable
public interface IndicatorTarget {
  /** Indicator id ({@code O.2.3}, {@code R.2.8}). */
  @Nullable
  @Required
  String getId();

  /** Target (a count). */
  @Nullable
  @Required
  @ValidCount
  Long getTarget();

  /** A builder of {@code IndicatorTarget}. */
  static ImmutableIndicatorTarget.Builder builder() {
    return ImmutableIndicatorTarget.builder();
  }
}
