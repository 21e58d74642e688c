package eu.fami.rules.spi;

import eu.fami.model.Call;
import eu.fami.model.Nullable;
import eu.fami.model.Programme;
import eu.fami.model.catalogue.Catalogue;
import java.util.List;
import org.immutables.value.Value;

/** What a programme rule sees: the programme, its dataset's calls (if any), its catalogue. */
@Value.Immutable
public interface ProgrammeScope {
  /** The programme. */
  Programme getProgramme();

  /** JSON pointer of the programme: {@code ""}, or {@code /programme} in a dataset. */
  String getPointer();

  /** The calls of the dataset (empty for a programme document). */
  List<Call> getCalls();

  /** JSON pointer of the dataset's calls array ({@code /calls}), or empty. */
  @Value.Default
  default String getCallsPointer() {
    return "/calls";
  }

  /** The catalogue of the programme's period, if the period is known. */
  @Nullable
  Catalogue getCatalogue();

  /** The validator's parameters. */
  RuleParameters getParameters();

  /** The catalogue; only for rules that declare {@link RuleDefinition.Requirement#CATALOGUE}. */
  default Catalogue catalogue() {
    return java.util.Objects.requireNonNull(getCatalogue(), "rule needs CATALOGUE");
  }

  /** A builder. */
  static ImmutableProgrammeScope.Builder builder() {
    return ImmutableProgrammeScope.builder();
  }
}
