package eu.fami.model;

import java.util.Locale;
import java.util.Optional;

/** The {@code kind} of a top-level {@code fami/1} document. */
public enum DocumentKind {
  PROGRAMME,
  CALL,
  PROJECT,
  /** One quarterly report of one project, sent alone. */
  REPORT,
  DATASET;

  /** The spelling used in documents, e.g. {@code project}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind spelled {@code code}, if any. */
  public static Optional<DocumentKind> fromCode(String code) {
    for (DocumentKind k : values()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
