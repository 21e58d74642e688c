package eu.fami.io.export;

import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.Classification;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.IdScheme;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Place;
import eu.fami.model.Project;
import eu.fami.model.TaxCode;
import eu.fami.model.catalogue.Places;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The cells of one operation's row, spelled for one {@link Profile}. */
final class Cells {
  private static final int RATE_DECIMALS = 4;
  private static final Map<FundingSource, String[]> FUNDS = new EnumMap<>(FundingSource.class);

  static {
    // English and Italian names of the EU funds that can finance an AMIF operation
    FUNDS.put(FundingSource.EU_AMIF, new String[] {"AMIF", "FAMI"});
    FUNDS.put(FundingSource.ESF_PLUS, new String[] {"ESF+", "FSE+"});
    FUNDS.put(FundingSource.ERDF, new String[] {"ERDF", "FESR"});
    FUNDS.put(FundingSource.RRF, new String[] {"RRF", "RRF"});
  }

  private final Profile profile;

  Cells(Profile profile) {
    this.profile = profile;
  }

  /** The row of {@code project}; {@code programme} is the dataset's when the project states none. */
  List<String> row(Project p, String programme) {
    Partner lead = lead(p);
    Classification c = p.getClassification();
    Budget budget = p.getBudget();
    Amount total = budget == null ? null : budget.getTotal();
    Amount eu = euContribution(p);
    List<String> cells = new ArrayList<>(Column.values().length);
    for (Column column : Column.values()) {
      String cell;
      switch (column) {
        case PROJECT_CODE: cell = p.getCode(); break;
        case CUP: cell = text(p.getCup()); break;
        case PROGRAMME: cell = p.getProgramme() != null ? p.getProgramme() : programme; break;
        case BENEFICIARY: cell = lead == null ? null : lead.getName(); break;
        case BENEFICIARY_ID: cell = publicId(lead); break;
        case OPERATION_NAME: cell = p.getTitle(); break;
        case PURPOSE: cell = p.getSummary(); break;
        case START_DATE: cell = profile.date(p.getStart()); break;
        case END_DATE: cell = profile.date(p.effectiveEnd()); break;
        case TOTAL_COST: cell = amount(total); break;
        case EU_CONTRIBUTION: cell = amount(eu); break;
        case FUND: cell = funds(p); break;
        case SPECIFIC_OBJECTIVE: cell = code(c, Classification::getSpecificObjective); break;
        case EU_COFINANCING_RATE: cell = rate(eu, total); break;
        case LOCATION: cell = join(p.getTerritory(), Place::code); break;
        case COUNTRY: cell = join(countries(p), s -> s); break;
        case INTERVENTION_FIELD: cell = code(c, Classification::getInterventionField); break;
        case TYPE_OF_ACTION: cell = code(c, Classification::getTypeOfAction); break;
        case IMPLEMENTATION_MODALITY: cell = code(c, Classification::getImplementationModality); break;
        case SPECIFIC_THEME: cell = code(c, Classification::getSpecificTheme); break;
        default: throw new AssertionError(column);
      }
      cells.add(cell == null ? "" : cell);
    }
    return cells;
  }

  private static Partner lead(Project p) {
    for (Partner x : p.getPartners()) {
      if (x.getRole() == PartnerRole.LEAD) {
        return x;
      }
    }
    return null;
  }

  /** The lead's identifier, unless it is a natural person's tax code (personal data). */
  private static String publicId(Partner lead) {
    if (lead == null || lead.getId() == null) {
      return null;
    }
    boolean person = lead.effectiveIdScheme() == IdScheme.IT_TAX_CODE
        && TaxCode.of(lead.getId()).isPersonForm();
    return person ? null : lead.getId();
  }

  /** The sum of the EU AMIF financing; null when there is none or an amount is out of bounds. */
  private static Amount euContribution(Project p) {
    Amount sum = null;
    for (Financing f : p.getFinancing()) {
      if (f.getSource() == FundingSource.EU_AMIF && f.getAmount() != null) {
        if (!f.getAmount().isWithinBounds()) {
          return null;
        }
        sum = sum == null ? f.getAmount() : sum.plus(f.getAmount());
      }
    }
    return sum;
  }

  private String funds(Project p) {
    Set<FundingSource> funds = new LinkedHashSet<>();
    funds.add(FundingSource.EU_AMIF);
    for (FundingSource s : FundingSource.values()) {
      for (Financing f : p.getFinancing()) {
        if (f.getSource() == s && FUNDS.containsKey(s)) {
          funds.add(s);
        }
      }
    }
    int language = profile == Profile.OPENCOESIONE ? 1 : 0;
    return join(new ArrayList<>(funds), s -> FUNDS.get(s)[language]);
  }

  private static List<String> countries(Project p) {
    Set<String> countries = new LinkedHashSet<>();
    for (Place place : p.getTerritory()) {
      String code = place.code();
      countries.add(Places.isItalianNuts2(code) ? "IT" : code);
    }
    return new ArrayList<>(countries);
  }

  private String amount(Amount a) {
    return a == null ? null : profile.decimal(a.toString());
  }

  /** EU / total with four decimals, half up; empty without both or when either is out of bounds. */
  private String rate(Amount eu, Amount total) {
    if (eu == null || total == null || !total.isWithinBounds() || total.value().signum() <= 0) {
      return null;
    }
    BigDecimal rate = eu.value().divide(total.value(), RATE_DECIMALS, RoundingMode.HALF_UP);
    return profile.decimal(rate.toPlainString());
  }

  private static String code(Classification c, Function<Classification, String> get) {
    return c == null ? null : get.apply(c);
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private <T> String join(List<T> values, Function<T, String> spell) {
    StringBuilder sb = new StringBuilder();
    for (T v : values) {
      if (sb.length() > 0) {
        sb.append(profile.joiner());
      }
      sb.append(spell.apply(v));
    }
    return sb.toString();
  }
}
