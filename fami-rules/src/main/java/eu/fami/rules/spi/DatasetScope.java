package eu.fami.rules.spi;

import eu.fami.model.Call;
import eu.fami.model.Nullable;
import eu.fami.model.Programme;
import eu.fami.model.catalogue.Catalogue;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a dataset rule sees at the start of a pass: the programme and calls of a dataset (absent and
 * empty for a single project document), the catalogue and the parameters.
 */
@Value.Immutable
public interface DatasetScope {
  /** Whether the document is a dataset (otherwise a single project or report). */
  boolean isDataset();

  /** The dataset's programme, if any. */
  @Nullable
  Programme getProgramme();

  /** The dataset's calls. */
  List<Call> getCalls();

  /** The catalogue of the document's period, if known. */
  @Nullable
  Catalogue getCatalogue();

  /** The validator's parameters. */
  RuleParameters getParameters();

  /** A builder. */
  static ImmutableDatasetScope.Builder builder() {
    return ImmutableDatasetScope.builder();
  }
}
