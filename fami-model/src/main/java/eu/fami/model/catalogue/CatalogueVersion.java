package eu.fami.model.catalogue;

import eu.fami.model.report.ContentHash;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.TreeMap;

/**
 * The content hash of a catalogue ({@link ContentHash}) over a canonical rendering in which every
 * field is length-prefixed (so that no two contents render alike), numbers are rendered by value
 * ({@code 0.8} and {@code 0.80} alike), and maps and sets are in key order.
 */
final class CatalogueVersion {
  private final ContentHash hash = new ContentHash();

  private CatalogueVersion() {}

  static String of(Catalogue c) {
    CatalogueVersion v = new CatalogueVersion();
    v.field(c.period().code());
    for (Table table : Table.values()) {
      for (CatalogueEntry e : c.entries(table)) {
        v.field("entry").field(table.name()).field(e.getObjective()).field(e.getCode())
            .field(e.getParent()).field(e.getLabelIt()).field(e.getLabelEn())
            .field(e.getSource()).field(e.isUncertain());
      }
    }
    c.figures().forEach((key, value) -> v.field("figure").field(key).sourced(value));
    new TreeMap<>(c.targetGroupTable()).forEach((o, g) -> v.field("groups").field(o).sourced(g));
    for (AnnexIvCategory category : c.annexIvCategories()) {
      v.field("annexIv").field(category.getCode()).field(category.getSource());
      for (AnnexIvCondition k : category.getConditions()) {
        v.field("condition").field(k.getObjective()).field(k.getMeasure()).field(k.getScopes())
            .field(k.getLeadLegalForms()).field(k.getTargetGroups());
      }
    }
    return v.hash.hex();
  }

  private CatalogueVersion sourced(Sourced<?> s) {
    return field(s.value()).field(s.source()).field(s.uncertain());
  }

  private CatalogueVersion field(Object value) {
    String s;
    if (value == null) {
      s = "-";
    } else if (value instanceof BigDecimal) {
      s = ((BigDecimal) value).stripTrailingZeros().toPlainString();
    } else if (value instanceof Collection) {
      StringBuilder inner = new StringBuilder();
      ((Collection<?>) value).stream().map(String::valueOf).sorted()
          .forEach(e -> inner.append(e.length()).append(':').append(e));
      s = inner.toString();
    } else {
      s = "=" + value;
    }
    hash.add(Integer.toString(s.length())).add(':').add(s);
    return this;
  }
}
