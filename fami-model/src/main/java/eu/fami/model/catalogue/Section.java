package eu.fami.model.catalogue;

import eu.fami.model.Nullable;

/**
 * Writes the entries of one table of a built-in catalogue, one line per entry: each line gives the
 * code, the reference that completes the section's source prefix, and the labels.
 */
final class Section {
  private final Catalogue.Builder builder;
  private final Table table;
  @Nullable private final String objective;
  @Nullable private final String parent;
  private final String sourcePrefix;
  private final String sourceSuffix;
  private final boolean uncertain;

  private Section(Catalogue.Builder builder, Table table, @Nullable String objective,
      @Nullable String parent, String sourcePrefix, String sourceSuffix, boolean uncertain) {
    this.builder = builder;
    this.table = table;
    this.objective = objective;
    this.parent = parent;
    this.sourcePrefix = sourcePrefix;
    this.sourceSuffix = sourceSuffix;
    this.uncertain = uncertain;
  }

  /** A section of {@code table}, entries of {@code objective} (or none), sources prefixed. */
  static Section of(
      Catalogue.Builder builder, Table table, @Nullable String objective, String sourcePrefix) {
    return new Section(builder, table, objective, null, sourcePrefix, "", false);
  }

  /** The same section, its entries under {@code parent}. */
  Section under(String parent) {
    return new Section(builder, table, objective, parent, sourcePrefix, sourceSuffix, uncertain);
  }

  /** The same section, its sources ending with {@code suffix}. */
  Section sourceSuffix(String suffix) {
    return new Section(builder, table, objective, parent, sourcePrefix, suffix, uncertain);
  }

  /** The same section, its entries flagged uncertain. */
  Section uncertain() {
    return new Section(builder, table, objective, parent, sourcePrefix, sourceSuffix, true);
  }

  /** Adds the entry {@code code}, sourced {@code prefix + ref + suffix}. */
  Section add(String code, String ref, String labelIt, String labelEn) {
    builder.entry(CatalogueEntry.builder()
        .table(table)
        .code(code)
        .objective(objective)
        .parent(parent)
        .labelIt(labelIt)
        .labelEn(labelEn)
        .source(sourcePrefix + ref + sourceSuffix)
        .uncertain(uncertain)
        .build());
    return this;
  }
}
