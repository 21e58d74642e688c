package eu.fami.model;

import eu.fami.model.constraints.DateOrder;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The window a call sets for its projects' dates.
 *
 * <pre>{@code ProjectWindow.builder().earliestStart(LocalDate.of(2023, 7, 1)).build()}</pre>
 */
@DateOrder
@Value.Immutable
public interface ProjectWindow {
  /** Earliest allowed start. */
  @Nullable
  LocalDate getEarliestStart();

  /** Latest allowed (original) end. */
  @Nullable
  LocalDate getLatestEnd();

  /** A builder of {@code ProjectWindow}. */
  static ImmutableProjectWindow.Builder builder() {
    return ImmutableProjectWindow.builder();
  }
}
