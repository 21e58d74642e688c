package eu.fami.model;

/** Legal form of a partner (lead, partner or associate); the call says which forms are eligible. */
public enum LegalForm {
  CENTRAL_ADMINISTRATION,
  NATIONAL_PUBLIC_BODY,
  REGION,
  LOCAL_AUTHORITY,
  SCHOOL,
  UNIVERSITY,
  HEALTH_AUTHORITY,
  OTHER_PUBLIC_BODY,
  INTERNATIONAL_ORGANISATION,
  THIRD_SECTOR,
  /** In-house and publicly owned companies. */
  PUBLIC_COMPANY,
  PRIVATE_COMPANY
}
