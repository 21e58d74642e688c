package eu.fami.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.fami.io.FamiJson;
import eu.fami.model.Project;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.beanvalidation.ValidFamiProject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * A portal's back end receiving a project submission: the request body is bound to the model with
 * fami's Jackson mapper and validated with the portal's own Jakarta {@link Validator}, through
 * {@link ValidFamiProject}. The answer lists each error with its rule id, JSON pointer and (Italian)
 * message; warnings never reject a submission. Only Jakarta APIs: no web framework is needed.
 *
 * <pre>{@code Response r = new PortalBackend(validator).submit(body);}</pre>
 */
public final class PortalBackend {
  /** The request body: a project, validated with the full rule set. */
  public record Submission(@NotNull @Valid @ValidFamiProject Project project) {}

  /** One error of the answer. */
  public record ApiError(String rule, String pointer, String message) {}

  /** The answer: 201 with no errors, 400 with the errors, 422 when the body is not fami/1 JSON. */
  public record Response(int status, List<ApiError> errors) {}

  private final Validator validator;
  private final ObjectMapper mapper = FamiJson.newObjectMapper();

  /** A back end validating with {@code validator} (built once by the portal). */
  public PortalBackend(Validator validator) {
    this.validator = validator;
  }

  /** Handles a submission whose body is a {@code fami/1} project document. */
  public Response submit(String body) {
    Project project;
    try {
      project = mapper.readValue(body, Project.class);
    } catch (JsonProcessingException e) {
      // a body that is not a readable project: report what the reader found, with rule ids
      List<ApiError> errors = new ArrayList<>();
      for (Violation v : FamiJson.defaults().read(body).problems()) {
        errors.add(new ApiError(v.getRule(), v.getLocation().getPointer(),
            Fami.defaults().messages().render(v, java.util.Locale.ITALIAN)));
      }
      return new Response(422, errors);
    }
    List<ApiError> errors = new ArrayList<>();
    for (ConstraintViolation<Submission> cv : validator.validate(new Submission(project))) {
      HibernateConstraintViolation<?> hv = cv.unwrap(HibernateConstraintViolation.class);
      Violation v = hv.getDynamicPayload(Violation.class);
      if (v != null) {
        errors.add(new ApiError(v.getRule(), v.getLocation().getPointer(), cv.getMessage()));
      } else {
        errors.add(new ApiError("", cv.getPropertyPath().toString(), cv.getMessage()));
      }
    }
    errors.sort(Comparator.comparing(ApiError::pointer));
    return new Response(errors.isEmpty() ? 201 : 400, errors);
  }
}
