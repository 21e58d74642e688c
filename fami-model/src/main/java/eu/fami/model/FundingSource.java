package eu.fami.model;

/** Source of a financing entry; {@code EU_AMIF} plus {@code NATIONAL_ROTATION_FUND} is the grant. */
public enum FundingSource {
  EU_AMIF,
  NATIONAL_ROTATION_FUND,
  REGIONAL,
  OTHER_PUBLIC,
  OWN_RESOURCES,
  PRIVATE,
  ESF_PLUS,
  ERDF,
  RRF;

  /** Whether this source is the programme's money (EU AMIF or the national rotation fund). */
  public boolean isGrant() {
    return this == EU_AMIF || this == NATIONAL_ROTATION_FUND;
  }
}
