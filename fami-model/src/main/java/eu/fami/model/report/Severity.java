package eu.fami.model.report;

/** Severity of a violation: an {@code ERROR} makes a document invalid, a {@code WARNING} does not. */
public enum Severity {
  ERROR,
  WARNING
}
