package eu.fami.model;

/** Role of a partner in a project: the lead partner (capofila), a partner, or an associate (holds no budget). */
public enum PartnerRole {
  LEAD,
  PARTNER,
  ASSOCIATE
}
