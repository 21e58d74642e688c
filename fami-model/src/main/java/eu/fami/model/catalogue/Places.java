package eu.fami.model.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The places a document may name (FAMI-FMT-006): Italy's 21 NUTS 2 regions (NUTS 2021, Eurostat;
 * stable at NUTS 2 since 2016), {@code IT} for national scope, and the officially assigned ISO
 * 3166-1 alpha-2 codes of other countries, plus {@code XK} (Kosovo, user-assigned and in general
 * use). Extra-regio codes ({@code ITZZ}) are not places of an operation.
 */
public final class Places {
  /** Source of the NUTS 2 table. */
  public static final String NUTS_SOURCE = "Reg. (EU) 2016/2066 / NUTS 2021 (Eurostat), Italy NUTS 2";
  /** Source of the country table. */
  public static final String ISO_SOURCE = "ISO 3166-1 alpha-2 (officially assigned codes) + XK";

  private static final Map<String, String> ITALIAN_NUTS2 = nuts2();
  private static final Set<String> COUNTRIES = Set.of((
      "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR"
          + " BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM"
          + " DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR"
          + " GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI"
          + " KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN"
          + " MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG"
          + " PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN"
          + " SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY"
          + " UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK").split(" "));

  private Places() {}

  private static Map<String, String> nuts2() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ITC1", "Piemonte");
    m.put("ITC2", "Valle d'Aosta/Vallée d'Aoste");
    m.put("ITC3", "Liguria");
    m.put("ITC4", "Lombardia");
    m.put("ITF1", "Abruzzo");
    m.put("ITF2", "Molise");
    m.put("ITF3", "Campania");
    m.put("ITF4", "Puglia");
    m.put("ITF5", "Basilicata");
    m.put("ITF6", "Calabria");
    m.put("ITG1", "Sicilia");
    m.put("ITG2", "Sardegna");
    m.put("ITH1", "Provincia Autonoma di Bolzano/Bozen");
    m.put("ITH2", "Provincia Autonoma di Trento");
    m.put("ITH3", "Veneto");
    m.put("ITH4", "Friuli-Venezia Giulia");
    m.put("ITH5", "Emilia-Romagna");
    m.put("ITI1", "Toscana");
    m.put("ITI2", "Umbria");
    m.put("ITI3", "Marche");
    m.put("ITI4", "Lazio");
    return Collections.unmodifiableMap(m);
  }

  /** Italy's NUTS 2 codes with their names, in code order. */
  public static Map<String, String> italianNuts2() {
    return ITALIAN_NUTS2;
  }

  /** The ISO 3166-1 alpha-2 codes accepted, {@code IT} and {@code XK} included. */
  public static Set<String> countries() {
    return COUNTRIES;
  }

  /** Whether {@code code} is an Italian NUTS 2 code. */
  public static boolean isItalianNuts2(String code) {
    return ITALIAN_NUTS2.containsKey(code);
  }

  /** Whether {@code code} names a place: an Italian NUTS 2 code or a country code. */
  public static boolean isKnown(String code) {
    return ITALIAN_NUTS2.containsKey(code) || COUNTRIES.contains(code);
  }
}
