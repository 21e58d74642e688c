package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.UniqueEntries;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A dataset: one programme, its calls and its projects (which inherit period and programme).
 *
 * <p>Large datasets are read as a stream of projects instead (see fami-io).
 *
 * <pre>{@code Dataset.builder().programme(programme).addCalls(call).addProjects(project).build()}</pre>
 */
@Value.Immutable
public interface Dataset {
  /** The programme. */
  @Nullable
  @Required
  @Valid
  Programme getProgramme();

  /** The calls. */
  @UniqueEntries
  List<@Valid Call> getCalls();

  /** The projects. */
  List<@Valid Project> getProjects();

  /** A builder of {@code Dataset}. */
  static ImmutableDataset.Builder builder() {
    return ImmutableDataset.builder();
  }
}
