package eu.fami.model.constraints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Hibernate Validator as a portal would configure it, without expression language. */
final class Hv {
  static final Validator ENGLISH = validator(Locale.ENGLISH);
  static final Validator ITALIAN = validator(Locale.ITALIAN);

  private Hv() {}

  private static Validator validator(Locale locale) {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
        .buildValidatorFactory()
        .getValidator();
  }

  static Set<ConstraintViolation<Object>> validate(Object document) {
    return ENGLISH.validate(document);
  }

  /** The {@code rule} attribute of the violated constraint. */
  static String rule(ConstraintViolation<?> violation) {
    return (String) violation.getConstraintDescriptor().getAttributes().get("rule");
  }
}
