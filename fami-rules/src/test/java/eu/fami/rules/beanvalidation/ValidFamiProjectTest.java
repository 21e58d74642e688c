package eu.fami.rules.beanvalidation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.io.FamiJson;
import eu.fami.model.Amount;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.ImmutableProject;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A portal's own Jakarta validator reports the full rule set through {@link ValidFamiProject}. */
class ValidFamiProjectTest {
  /** A portal's request body. */
  record SubmitRequest(@ValidFamiProject Project project) {}

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static ImmutableProject comIn5() {
    return ImmutableProject.copyOf(FamiJson.defaults()
        .read(Path.of("..", "examples", "documents", "project-com-in-5.json"))
        .document(Project.class).orElseThrow());
  }

  private static Violation payload(ConstraintViolation<?> cv) {
    HibernateConstraintViolation<?> hv = cv.unwrap(HibernateConstraintViolation.class);
    return hv.getDynamicPayload(Violation.class);
  }

  @Test
  void aValidProjectPasses() {
    assertThat(VALIDATOR.validate(new SubmitRequest(comIn5()))).isEmpty();
  }

  @Test
  void ruleViolationsCarryTheRuleIdPointerAndMessage() {
    Project tooMuchEu = comIn5().withFinancing(List.of(
        Financing.builder().source(FundingSource.EU_AMIF).amount(Amount.of("2400000.00")).build(),
        Financing.builder().source(FundingSource.NATIONAL_ROTATION_FUND).amount(Amount.of("596000.00")).build()));
    Set<ConstraintViolation<SubmitRequest>> found = VALIDATOR.validate(new SubmitRequest(tooMuchEu));
    assertThat(found).singleElement().satisfies(cv -> {
      Violation v = payload(cv);
      assertThat(v.getRule()).isEqualTo(RuleIds.BUD_004);
      assertThat(v.getLocation().getPointer()).isEqualTo("/financing/0/amount");
      assertThat(cv.getPropertyPath().toString()).isEqualTo("project.financing[0].amount");
      assertThat(cv.getMessage()).contains("80.11%").contains("75");
    });
  }

  @Test
  void fieldChecksAndWarningsBehaveAsForPortals() {
    // an invalid CUP is a field check (FAMI-FMT-002); a reported target group outside the
    // objective would be a warning and must not reject the request
    Project badCup = comIn5().withCup(eu.fami.model.Cup.of("E89F1800051000"));
    Set<ConstraintViolation<SubmitRequest>> found = VALIDATOR.validate(new SubmitRequest(badCup));
    assertThat(found).extracting(cv -> payload(cv).getRule())
        .containsExactly(RuleIds.FMT_002);
    assertThat(found).extracting(cv -> cv.getPropertyPath().toString()).containsExactly("project.cup");
  }

  @Test
  void messagesAreEscapedForBeanValidation() {
    assertThat(ValidFamiProjectValidator.escape("a {b} ${c} \\d")).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
  }
}
