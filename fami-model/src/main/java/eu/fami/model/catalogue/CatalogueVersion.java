package eu.fami.model.catalogue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The content hash of a catalogue: SHA-256 over a canonical rendering in which every field is
 * length-prefixed (so that no two contents render alike), numbers are rendered by value ({@code
 * 0.8} and {@code 0.80} alike), and maps and sets are in key order.
 */
final class CatalogueVersion {
  private static final int HEX_DIGITS = 16;

  private final StringBuilder text = new StringBuilder();

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
    return v.hash();
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
      CatalogueVersion inner = new CatalogueVersion();
      ((Collection<?>) value).stream().map(String::valueOf).sorted().forEach(inner::field);
      s = inner.text.toString();
    } else {
      s = "=" + value;
    }
    text.append(s.length()).append(':').append(s);
    return this;
  }

  private String hash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
