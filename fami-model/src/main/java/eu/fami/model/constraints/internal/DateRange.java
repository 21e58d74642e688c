package eu.fami.model.constraints.internal;

import eu.fami.model.Call;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * FAMI-FMT-005: a pair of dates of one value type that must not be inverted, and the pairs of each
 * type. The validators of {@link eu.fami.model.constraints.DateOrder} and {@link
 * eu.fami.model.constraints.FieldChecks} both iterate these lists.
 *
 * <pre>{@code DateRange.PROJECT.get(0).isInverted(project) // end before start}</pre>
 *
 * @param <T> the value type holding both dates
 */
public final class DateRange<T> {
  /** A project's {@code start..end} and {@code end..extendedEnd}. */
  public static final List<DateRange<Project>> PROJECT = List.of(
      new DateRange<>("start", Project::getStart, "end", Project::getEnd),
      new DateRange<>("end", Project::getEnd, "extendedEnd", Project::getExtendedEnd));

  /** A call's {@code opens..closes}. */
  public static final List<DateRange<Call>> CALL =
      List.of(new DateRange<>("opens", Call::getOpens, "closes", Call::getCloses));

  /** A project window's {@code earliestStart..latestEnd}. */
  public static final List<DateRange<ProjectWindow>> PROJECT_WINDOW = List.of(new DateRange<>(
      "earliestStart", ProjectWindow::getEarliestStart,
      "latestEnd", ProjectWindow::getLatestEnd));

  private final String fromProperty;
  private final Function<T, LocalDate> from;
  private final String toProperty;
  private final Function<T, LocalDate> to;

  private DateRange(
      String fromProperty, Function<T, LocalDate> from,
      String toProperty, Function<T, LocalDate> to) {
    this.fromProperty = fromProperty;
    this.from = from;
    this.toProperty = toProperty;
    this.to = to;
  }

  /** Name of the earlier date's property ({@code start}). */
  public String fromProperty() {
    return fromProperty;
  }

  /** Name of the later date's property ({@code end}), where an inversion is reported. */
  public String toProperty() {
    return toProperty;
  }

  /** The earlier date of {@code value}, if stated. */
  public LocalDate from(T value) {
    return from.apply(value);
  }

  /** The later date of {@code value}, if stated. */
  public LocalDate to(T value) {
    return to.apply(value);
  }

  /** Whether both dates are stated and the later one is before the earlier one. */
  public boolean isInverted(T value) {
    LocalDate f = from(value);
    LocalDate t = to(value);
    return f != null && t != null && t.isBefore(f);
  }
}
