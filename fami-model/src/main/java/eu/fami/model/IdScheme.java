package eu.fami.model;

/** Scheme of a partner's identifier; {@code IT_TAX_CODE} (codice fiscale / partita IVA) is the default. */
public enum IdScheme {
  IT_TAX_CODE,
  EU_VAT,
  OTHER
}
