package eu.fami.model;

/** Cost category of a budget line or an expenditure; {@code INDIRECT} lines are flat-rate indirect costs. */
public enum CostCategory {
  STAFF,
  TRAVEL,
  SERVICES,
  EQUIPMENT,
  INFRASTRUCTURE,
  OTHER,
  INDIRECT;

  /** Whether this category is a direct cost (every category but {@code INDIRECT}). */
  public boolean isDirect() {
    return this != INDIRECT;
  }
}
