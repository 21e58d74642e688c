package eu.fami.model.constraints.internal;

import eu.fami.model.Place;
import eu.fami.model.constraints.ValidPlace;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidPlace} with {@link FieldPredicates#isValidPlace}. */
public final class PlaceValidator implements ConstraintValidator<ValidPlace, Place> {
  @Override
  public boolean isValid(Place value, ConstraintValidatorContext context) {
    return FieldPredicates.isValidPlace(value);
  }
}
