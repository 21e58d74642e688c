package eu.fami.model.constraints.internal;

import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.Cup;
import eu.fami.model.Expenditure;
import eu.fami.model.IdScheme;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.Partner;
import eu.fami.model.Place;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.TaxCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The FAMI-FMT-* predicates, the single definition used by both the constraint validators and
 * {@link eu.fami.model.constraints.FieldChecks}, so that the two can never disagree.
 *
 * <p>Every predicate but {@link #isPresent} accepts an absent value: absence is FAMI-FMT-001's to
 * report, once.
 *
 * <pre>{@code FieldPredicates.isValidCount(1_000_000_000L) // false}</pre>
 */
public final class FieldPredicates {
  /** The largest count (indicator targets, values and breakdowns). */
  public static final long MAX_COUNT = 999_999_999L;

  /** Up to this size duplicates are found by comparing pairs; longer lists use a hash set. */
  private static final int PAIRWISE_LIMIT = 32;

  private static final int[] NONE = new int[0];

  private FieldPredicates() {}

  /** FAMI-FMT-001: not null; a text not blank; a collection not empty. */
  public static boolean isPresent(Object value) {
    if (value instanceof CharSequence) {
      return !isBlank((CharSequence) value);
    }
    if (value instanceof Collection) {
      return !((Collection<?>) value).isEmpty();
    }
    return value != null;
  }

  private static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** FAMI-FMT-002: a CUP of the form letter, 2 digits, letter, 11 digits. */
  public static boolean isValidCup(Cup cup) {
    return cup == null || cup.isValid();
  }

  /** FAMI-FMT-003: the id of a partner of effective scheme IT_TAX_CODE is a valid tax code. */
  public static boolean isValidPartnerId(Partner partner) {
    String id = partner.getId();
    return id == null
        || partner.effectiveIdScheme() != IdScheme.IT_TAX_CODE
        || TaxCode.of(id).isValid();
  }

  /**
   * FAMI-FMT-004: an amount with at most two decimals, below 10<sup>13</sup> in absolute value and,
   * unless {@code anySign}, not negative.
   */
  public static boolean isValidAmount(Amount amount, boolean anySign) {
    return amount == null
        || (amount.isWithinBounds()
            && amount.hasAtMostTwoDecimals()
            && (anySign || !amount.isNegative()));
  }

  /** FAMI-FMT-004: a correction entry has a negative amount, any other entry a non-negative one. */
  public static boolean hasValidSign(Expenditure expenditure) {
    Amount amount = expenditure.getAmount();
    return amount == null || amount.isNegative() == expenditure.isCorrectionEntry();
  }

  /** FAMI-FMT-004: a rate from 0 to 1. */
  public static boolean isValidRate(Rate rate) {
    return rate == null || rate.isValid();
  }

  /** FAMI-FMT-004: a count from 0 to {@link #MAX_COUNT}. */
  public static boolean isValidCount(Long count) {
    return count == null || (count >= 0 && count <= MAX_COUNT);
  }

  /** FAMI-FMT-006: an Italian NUTS 2 code, {@code IT}, or an ISO 3166-1 alpha-2 country. */
  public static boolean isValidPlace(Place place) {
    return place == null || place.isValid();
  }

  /** FAMI-FMT-007: a quarter spelled {@code yyyy-Qn}. */
  public static boolean isValidQuarter(Quarter quarter) {
    return quarter == null || quarter.isValid();
  }

  /**
   * FAMI-FMT-008: the indexes, ascending, of the entries whose {@linkplain #keyOf key} an earlier
   * entry already has; entries without a key are skipped. Empty (and shared) when there is none.
   */
  public static int[] duplicateIndexes(List<?> entries) {
    int n = entries.size();
    // comparing pairs allocates nothing, and short lists (partners, territory) are the rule
    Set<Object> seen = n > PAIRWISE_LIMIT ? new HashSet<>(n * 2) : null;
    int[] found = NONE;
    int count = 0;
    for (int i = 0; i < n; i++) {
      Object key = keyOf(entries.get(i));
      if (key != null && (seen == null ? occursBefore(entries, i, key) : !seen.add(key))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(4, count * 2));
        }
        found[count++] = i;
      }
    }
    return count == found.length ? found : Arrays.copyOf(found, count);
  }

  private static boolean occursBefore(List<?> entries, int index, Object key) {
    for (int j = 0; j < index; j++) {
      if (key.equals(keyOf(entries.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key that makes an entry distinct: a partner's or an indicator's {@code id}, an allocation's
   * {@code specificObjective}, a call's {@code code}; any other entry (a code, a place, a constant)
   * is its own key.
   */
  public static Object keyOf(Object entry) {
    if (entry instanceof Partner) {
      return ((Partner) entry).getId();
    }
    if (entry instanceof IndicatorTarget) {
      return ((IndicatorTarget) entry).getId();
    }
    if (entry instanceof IndicatorValue) {
      return ((IndicatorValue) entry).getId();
    }
    if (entry instanceof Allocation) {
      return ((Allocation) entry).getSpecificObjective();
    }
    if (entry instanceof Call) {
      return ((Call) entry).getCode();
    }
    return entry;
  }

  /** The name of the property holding {@link #keyOf the key} of an entry; null if it is its key. */
  public static String keyProperty(Object entry) {
    if (entry instanceof Partner || entry instanceof IndicatorTarget
        || entry instanceof IndicatorValue) {
      return "id";
    }
    if (entry instanceof Allocation) {
      return "specificObjective";
    }
    if (entry instanceof Call) {
      return "code";
    }
    return null;
  }
}
