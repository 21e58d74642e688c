package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.UniqueEntries;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A national programme of one programming period with its allocations per objective.
 *
 * <pre>{@code Programme.builder().code("IT-PN-FAMI-2021-2027").period(Period.P2021_2027).build()}</pre>
 */
@Value.Immutable
public interface Programme {
  /** Programme code. */
  @Nullable
  @Required
  String getCode();

  /** Programming period. */
  @Nullable
  @Required
  Period getPeriod();

  /** ISO code of the member state. */
  @Nullable
  String getMemberState();

  /** Title. */
  @Nullable
  String getTitle();

  /** Managing authority. */
  @Nullable
  String getManagingAuthority();

  /** Allocations per specific objective. */
  @Required
  @UniqueEntries
  List<@Valid Allocation> getAllocations();

  /** The explanation a 2014-2020 programme gives for a share below the minimum (516/2014 Art 15). */
  @Nullable
  String getMinimumShareExplanation();

  /** A builder of {@code Programme}. */
  static ImmutableProgramme.Builder builder() {
    return ImmutableProgramme.builder();
  }
}
