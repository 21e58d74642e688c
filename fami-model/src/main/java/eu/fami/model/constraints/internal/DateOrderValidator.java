package eu.fami.model.constraints.internal;

import eu.fami.model.Call;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.constraints.DateOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Validates {@link DateOrder} over the {@link DateRange}s of a type, reporting each inverted range
 * at its later date.
 *
 * @param <T> the validated type
 */
public abstract class DateOrderValidator<T> implements ConstraintValidator<DateOrder, T> {
  private final List<DateRange<T>> ranges;

  DateOrderValidator(List<DateRange<T>> ranges) {
    this.ranges = ranges;
  }

  @Override
  public boolean isValid(T value, ConstraintValidatorContext context) {
    boolean valid = true;
    for (int i = 0; value != null && i < ranges.size(); i++) {
      DateRange<T> range = ranges.get(i);
      if (range.isInverted(value)) {
        valid = Violations.at(context, range.toProperty());
      }
    }
    return valid;
  }

  /** {@link DateOrder} on a {@link Project}. */
  public static final class ForProject extends DateOrderValidator<Project> {
    /** The validator of {@link DateRange#PROJECT}. */
    public ForProject() {
      super(DateRange.PROJECT);
    }
  }

  /** {@link DateOrder} on a {@link Call}. */
  public static final class ForCall extends DateOrderValidator<Call> {
    /** The validator of {@link DateRange#CALL}. */
    public ForCall() {
      super(DateRange.CALL);
    }
  }

  /** {@link DateOrder} on a {@link ProjectWindow}. */
  public static final class ForProjectWindow extends DateOrderValidator<ProjectWindow> {
    /** The validator of {@link DateRange#PROJECT_WINDOW}. */
    public ForProjectWindow() {
      super(DateRange.PROJECT_WINDOW);
    }
  }
}
