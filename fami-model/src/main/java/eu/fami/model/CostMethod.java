package eu.fami.model;

/** Form of grant of a project (CPR Art 53(1)): real costs or simplified cost options. */
public enum CostMethod {
  REAL_COSTS,
  UNIT_COSTS,
  LUMP_SUMS,
  FLAT_RATES,
  MIXED_SIMPLIFIED
}
