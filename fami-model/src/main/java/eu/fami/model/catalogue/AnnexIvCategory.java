package eu.fami.model.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.LegalForm;
import eu.fami.model.Nullable;
import eu.fami.model.TargetGroup;
import java.util.Collection;
import java.util.List;
import org.immutables.value.Value;

/**
 * An Annex IV category (implementation modality 003, FAMI-ELIG-008) as data: its code (an entry of
 * {@link Table#ANNEX_IV_CATEGORY}, where its labels are) and the alternative conditions under which
 * a project fits it. The conditions are fami's reading of the regulation, amendable like any entry.
 *
 * <pre>{@code
 * catalogue.annexIvCategories().stream().anyMatch(c -> c.matches(classification, lead, groups))
 * }</pre>
 */
@Value.Immutable
public interface AnnexIvCategory {
  /** The category's code ({@code 1}..{@code 4}). */
  String getCode();

  /** Alternative conditions: the project fits when any of them holds. */
  List<AnnexIvCondition> getConditions();

  /** Source of the conditions. */
  String getSource();

  /** A category has conditions and a source. */
  @Value.Check
  default void check() {
    if (getCode().isBlank() || getConditions().isEmpty() || getSource().isBlank()) {
      throw new IllegalStateException(
          "Annex IV category \"" + getCode() + "\": code, conditions and source are required");
    }
  }

  /** Whether a project meets any of the conditions. */
  default boolean matches(
      Classification classification, @Nullable LegalForm leadForm, Collection<TargetGroup> groups) {
    return getConditions().stream().anyMatch(c -> c.matches(classification, leadForm, groups));
  }

  /** A builder of categories. */
  static ImmutableAnnexIvCategory.Builder builder() {
    return ImmutableAnnexIvCategory.builder();
  }
}
