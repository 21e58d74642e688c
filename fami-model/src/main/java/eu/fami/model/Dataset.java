package eu.fami.model;

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
  Programme getProgramme();

  /** The calls. */
  List<Call> getCalls();

  /** The projects. */
  List<Project> getProjects();

  /** A builder of {@code Dataset}. */
  static ImmutableDataset.Builder builder() {
    return ImmutableDataset.builder();
  }
}
