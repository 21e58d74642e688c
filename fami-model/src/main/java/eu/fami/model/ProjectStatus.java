package eu.fami.model;

/** Lifecycle status of a project; an absent status means {@code ADMITTED}. */
public enum ProjectStatus {
  SUBMITTED,
  ADMITTED,
  REJECTED,
  WITHDRAWN,
  CLOSED;

  /** Whether a project in this status counts in dataset-wide money and overlap rules. */
  public boolean isFunded() {
    return this == ADMITTED || this == CLOSED;
  }
}
