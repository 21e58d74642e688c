package eu.fami.rules;

import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.Nullable;
import eu.fami.model.Project;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a document is checked against: the call of a project, or the project (or a dataset holding
 * it) of a {@code report} document. Absent parts make the rules that need them skip, and the report
 * says so.
 *
 * <pre>{@code fami.validate(Path.of("project.json"), ValidationContext.ofCall(call))}</pre>
 */
@Value.Immutable
public interface ValidationContext {
  /** No context. */
  ValidationContext NONE = ImmutableValidationContext.builder().build();

  /** The call a project answers. */
  @Nullable
  Call getCall();

  /** The project a report belongs to. */
  @Nullable
  Project getProject();

  /** A dataset holding the project a report belongs to (and its call). */
  @Nullable
  Dataset getDataset();

  /** A context giving a project's call. */
  static ValidationContext ofCall(Call call) {
    return ImmutableValidationContext.builder().call(call).build();
  }

  /** A context giving a report's project. */
  static ValidationContext ofProject(Project project) {
    return ImmutableValidationContext.builder().project(project).build();
  }

  /** A context giving a dataset (a report's project and its call). */
  static ValidationContext ofDataset(Dataset dataset) {
    return ImmutableValidationContext.builder().dataset(dataset).build();
  }

  /** The call with code {@code code} in the context, if any. */
  default Optional<Call> call(String code) {
    if (getCall() != null && (code == null || code.equals(getCall().getCode()))) {
      return Optional.of(getCall());
    }
    if (getDataset() != null && code != null) {
      return getDataset().getCalls().stream().filter(c -> code.equals(c.getCode())).findFirst();
    }
    return Optional.empty();
  }
}
