package eu.fami.model;

import java.time.LocalDate;
/**
 * A calendar quarter as submitted, spelled {@code yyyy-Qn} ({@code 2024-Q1}). Valid when the year
 * has four digits and n is 1 to 4.
 *
 * <pre>{@code Quarter.of("2024-Q1").lastDay() // 2024-03-31}</pre>
 */
public final class Quarter extends SubmittedText implements Comparable<Quarter> {
  private final int year;
  private final int number;

  private Quarter(String value) {
    super(value);
    int y = -1;
    int n = -1;
    if (text().length() == 7 && text().charAt(4) == '-' && text().charAt(5) == 'Q') {
      String ys = text().substring(0, 4);
      char q = text().charAt(6);
      if (ys.chars().allMatch(c -> c >= '0' && c <= '9') && q >= '1' && q <= '4') {
        y = Integer.parseInt(ys);
        n = q - '0';
      }
    }
    this.year = y;
    this.number = n;
  }

  /** The quarter holding {@code value} exactly as submitted. */
  public static Quarter of(String value) {
    return new Quarter(value);
  }

  /** The quarter {@code number} (1-4) of {@code year}. */
  public static Quarter of(int year, int number) {
    if (year < 0 || year > 9999 || number < 1 || number > 4) {
      throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
    }
    return new Quarter(String.format("%04d-Q%d", year, number));
  }

  /** The quarter containing {@code date}. */
  public static Quarter containing(LocalDate date) {
    return of(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /** The submitted text. */
  public String value() {
    return text();
  }

  /** Whether the text is of the form {@code yyyy-Qn} with n from 1 to 4. */
  @Override
  public boolean isValid() {
    return number > 0;
  }

  /** The year; only for a valid quarter. */
  public int year() {
    requireValid();
    return year;
  }

  /** The quarter's number, 1 to 4; only for a valid quarter. */
  public int number() {
    requireValid();
    return number;
  }

  /** A running index (year * 4 + number - 1), so that consecutive quarters differ by one. */
  public int index() {
    requireValid();
    return year * 4 + number - 1;
  }

  /** The first day of the quarter; only for a valid quarter. */
  public LocalDate firstDay() {
    requireValid();
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  /** The last day of the quarter; only for a valid quarter. */
  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  private void requireValid() {
    if (number < 0) {
      throw new IllegalStateException("not a valid quarter: " + text());
    }
  }

  /** Orders valid quarters in time, invalid ones after them by text. */
  @Override
  public int compareTo(Quarter o) {
    if (isValid() && o.isValid()) {
      return Integer.compare(index(), o.index());
    }
    if (isValid() != o.isValid()) {
      return isValid() ? -1 : 1;
    }
    return text().compareTo(o.text());
  }
}
