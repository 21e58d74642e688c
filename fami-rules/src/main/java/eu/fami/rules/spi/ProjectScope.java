package eu.fami.rules.spi;

import eu.fami.model.Call;
import eu.fami.model.Nullable;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.catalogue.Catalogue;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a project rule sees: the project, where it is in its document, its period and that period's
 * catalogue, its call when known, and the validator's parameters.
 */
@Value.Immutable
public interface ProjectScope {
  /** The project. */
  Project getProject();

  /** JSON pointer of the project in its document: {@code ""}, or {@code /projects/12}. */
  String getPointer();

  /** Position of the project in its dataset (0 for a project document). */
  int getIndex();

  /** The period in force (the project's own, or its dataset's), if known. */
  @Nullable
  Period getPeriod();

  /** The catalogue of the period in force; present whenever the period is known. */
  @Nullable
  Catalogue getCatalogue();

  /** The call the project answers, when known. */
  Optional<Call> getCall();

  /** Whether the project is read from a dataset (inherits period and programme). */
  boolean isInDataset();

  /** The programme of the dataset the entity is read from, if any. */
  @Nullable
  Programme getDatasetProgramme();

  /** The validator's parameters. */
  RuleParameters getParameters();

  /** The catalogue; only for rules that declare {@link RuleDefinition.Requirement#CATALOGUE}. */
  default Catalogue catalogue() {
    return java.util.Objects.requireNonNull(getCatalogue(), "rule needs CATALOGUE");
  }

  /** A builder. */
  static ImmutableProjectScope.Builder builder() {
    return ImmutableProjectScope.builder();
  }
}
