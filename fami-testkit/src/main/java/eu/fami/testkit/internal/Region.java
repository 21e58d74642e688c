package eu.fami.testkit.internal;

import eu.fami.model.LegalForm;
import eu.fami.model.Place;
import eu.fami.model.catalogue.Places;
import java.util.List;

/**
 * An Italian NUTS 2 region with its regional authority and main city, to name synthetic partners.
 *
 * <pre>{@code Region.ALL.get(0).partnerName(LegalForm.LOCAL_AUTHORITY, 1) // "Comune di Genova"}
 * </pre>
 */
public enum Region {
  ITC3("Regione Liguria", "Genova"),
  ITC4("Regione Lombardia", "Milano"),
  ITG1("Regione Siciliana", "Palermo"),
  ITC1("Regione Piemonte", "Torino"),
  ITC2("Regione Autonoma Valle d'Aosta", "Aosta"),
  ITF1("Regione Abruzzo", "L'Aquila"),
  ITF2("Regione Molise", "Campobasso"),
  ITF3("Regione Campania", "Napoli"),
  ITF4("Regione Puglia", "Bari"),
  ITF5("Regione Basilicata", "Potenza"),
  ITF6("Regione Calabria", "Catanzaro"),
  ITG2("Regione Autonoma della Sardegna", "Cagliari"),
  ITH1("Provincia Autonoma di Bolzano", "Bolzano"),
  ITH2("Provincia Autonoma di Trento", "Trento"),
  ITH3("Regione del Veneto", "Venezia"),
  ITH4("Regione Autonoma Friuli Venezia Giulia", "Trieste"),
  ITH5("Regione Emilia-Romagna", "Bologna"),
  ITI1("Regione Toscana", "Firenze"),
  ITI2("Regione Umbria", "Perugia"),
  ITI3("Regione Marche", "Ancona"),
  ITI4("Regione Lazio", "Roma");

  /** Every region, Liguria first (the fixtures' default). */
  public static final List<Region> ALL = List.of(values());

  private static final List<String> THIRD_SECTOR =
      List.of(
          "Cooperativa Sociale Mondo Aperto",
          "Associazione Ponti",
          "Cooperativa Sociale Il Mosaico",
          "Fondazione Approdi",
          "Associazione Terra Comune",
          "Cooperativa Sociale Nuovi Orizzonti");

  private final String authority;
  private final String city;

  Region(String authority, String city) {
    this.authority = authority;
    this.city = city;
  }

  /** The region as a place. */
  public Place place() {
    return Place.of(name());
  }

  /** A plausible name of a body of {@code form} in this region; {@code n} varies it. */
  public String partnerName(LegalForm form, int n) {
    return switch (form) {
      case REGION -> authority;
      case CENTRAL_ADMINISTRATION -> "Prefettura di " + city;
      case NATIONAL_PUBLIC_BODY -> "Ente nazionale per l'integrazione - sede di " + city;
      case LOCAL_AUTHORITY -> "Comune di " + city;
      case SCHOOL -> "CPIA " + (n % 5 + 1) + " " + city;
      case UNIVERSITY -> "Università degli Studi di " + city;
      case HEALTH_AUTHORITY -> "Azienda Sanitaria Locale di " + city;
      case OTHER_PUBLIC_BODY -> "Camera di Commercio di " + city;
      case INTERNATIONAL_ORGANISATION ->
          "Organizzazione internazionale per le migrazioni - " + city;
      case THIRD_SECTOR -> THIRD_SECTOR.get(n % THIRD_SECTOR.size()) + " " + city;
      case PUBLIC_COMPANY -> "Servizi Integrati " + city + " S.p.A.";
      case PRIVATE_COMPANY -> "Formazione e Lavoro " + city + " S.r.l.";
    };
  }

  /** The region's name in the NUTS table ({@code Liguria}). */
  public String nutsName() {
    return Places.italianNuts2().get(name());
  }
}
