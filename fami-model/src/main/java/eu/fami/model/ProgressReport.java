package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.UniqueEntries;
import eu.fami.model.constraints.ValidQuarter;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A quarterly monitoring report of a project: expenditure and indicator values for the quarter.
 *
 * <pre>{@code ProgressReport.builder().quarter(Quarter.of("2024-Q1")).build()}</pre>
 */
@Value.Immutable
public interface ProgressReport {
  /** The quarter reported. */
  @Nullable
  @Required
  @ValidQuarter
  Quarter getQuarter();

  /** Expenditure paid. */
  List<@Valid Expenditure> getExpenditure();

  /** Indicator values reached in the quarter. */
  @UniqueEntries
  List<@Valid IndicatorValue> getIndicators();

  /** A builder of {@code ProgressReport}. */
  static ImmutableProgressReport.Builder builder() {
    return ImmutableProgressReport.builder();
  }
}
