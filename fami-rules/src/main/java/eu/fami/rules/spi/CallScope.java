package eu.fami.rules.spi;

import eu.fami.model.Call;
import eu.fami.model.Nullable;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.catalogue.Catalogue;
import org.immutables.value.Value;

/** What a call rule sees: the call, where it is, its period and catalogue, the parameters. */
@Value.Immutable
public interface CallScope {
  /** The call. */
  Call getCall();

  /** JSON pointer of the call in its document: {@code ""}, or {@code /calls/0}. */
  String getPointer();

  /** The period in force, if known. */
  @Nullable
  Period getPeriod();

  /** The catalogue of the period in force; present whenever the period is known. */
  @Nullable
  Catalogue getCatalogue();

  /** Whether the call is read from a dataset. */
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
  static ImmutableCallScope.Builder builder() {
    return ImmutableCallScope.builder();
  }
}
