package eu.fami.model;

/** How a project's indirect costs are computed (CPR Art 54). */
public enum IndirectCostMethod {
  FLAT_RATE_DIRECT_COSTS,
  FLAT_RATE_STAFF_COSTS,
  CALCULATED_RATE,
  NONE
}
