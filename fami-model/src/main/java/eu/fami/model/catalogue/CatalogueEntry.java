package eu.fami.model.catalogue;

import eu.fami.model.Nullable;
import org.immutables.value.Value;

/**
 * One code of a {@link Catalogue} table, with its Italian and English labels and its legal source.
 *
 * <pre>{@code
 * CatalogueEntry.builder().table(Table.NATIONAL_ACTION).code("b").objective("OS2").parent("2.d")
 *     .labelIt("Formazione linguistica").labelEn("Language training")
 *     .source("PN FAMI 2021-2027, OS2, intervento b)").build()
 * }</pre>
 */
@Value.Immutable
public interface CatalogueEntry {
  /** The table the entry belongs to. */
  Table getTable();

  /** The code as documents spell it ({@code 2.d}, {@code II.004}, {@code b}). */
  String getCode();

  /** Italian label. */
  String getLabelIt();

  /** English label. */
  String getLabelEn();

  /** Legal source: regulation, article or annex, or the national document. */
  String getSource();

  /**
   * The specific objective the entry belongs to ({@code OS2} for measure {@code 2.d}, scope {@code
   * 2.h}, action {@code b} of OS2, field {@code II.004}, indicator {@code O.2.3}); {@code null} for
   * objectives themselves, horizontal scopes {@code H.a}..{@code H.h}, Annex VI tables 2-4 and
   * Annex IV categories.
   */
  @Nullable
  String getObjective();

  /**
   * The parent code: a national action's Annex II measure ({@code 2.d}); a sub-indicator's
   * indicator ({@code O.2.3} for {@code O.2.3.1}); otherwise {@code null} (also for actions whose
   * measure the sources do not state).
   */
  @Nullable
  String getParent();

  /** Whether the entry is not verified in its source (a figure or name marked [?]). */
  @Value.Default
  default boolean isUncertain() {
    return false;
  }

  /** Code, labels and source are never blank: the catalogue holds nothing unsourced. */
  @Value.Check
  default void check() {
    requireText("code", getCode());
    requireText("labelIt", getLabelIt());
    requireText("labelEn", getLabelEn());
    requireText("source", getSource());
  }

  private void requireText(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalStateException(getTable() + " entry: " + name + " must not be blank");
    }
  }

  /** A builder of entries. */
  static ImmutableCatalogueEntry.Builder builder() {
    return ImmutableCatalogueEntry.builder();
  }
}
