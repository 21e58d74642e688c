package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidRate;
import org.immutables.value.Value;

/**
 * How a project computes its indirect costs, and at what declared rate.
 *
 * <pre>{@code IndirectCosts.builder().method(IndirectCostMethod.FLAT_RATE_DIRECT_COSTS).rate(Rate.of("0.07")).build()}</pre>
 */
@Value.Immutable
public interface IndirectCosts {
  /** Method. */
  @Nullable
  @Required
  IndirectCostMethod getMethod();

  /** Declared rate; absent means the method's ceiling. */
  @Nullable
  @ValidRate
  Rate getRate();

  /** A builder of {@code IndirectCosts}. */
  static ImmutableIndirectCosts.Builder builder() {
    return ImmutableIndirectCosts.builder();
  }
}
