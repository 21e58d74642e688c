package eu.fami.io.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How an {@link OperationsExport} spells its CSV: column names, delimiter, decimal separator, dates,
 * how several values share a cell, and whether a byte order mark starts the text. Both profiles
 * write UTF-8 with CRLF line ends and quote a cell (doubling its quotes) when it holds the
 * delimiter, a quote or a line break (RFC 4180).
 */
public enum Profile {
  /**
   * RFC 4180: comma, English snake_case column names, decimal point, ISO dates ({@code
   * 2023-07-01}), several values joined by {@code |}, no byte order mark.
   */
  RFC4180(',', '.', "|", false, DateTimeFormatter.ISO_LOCAL_DATE),
  /**
   * Like the OpenCoesione open data: semicolon, upper-case Italian column names ({@code
   * COD_LOCALE_PROGETTO}, {@code CUP}, {@code OC_TITOLO_PROGETTO}, ...), decimal comma, dates
   * {@code yyyyMMdd}, several values joined by {@code :::}, a UTF-8 byte order mark first.
   */
  OPENCOESIONE(';', ',', ":::", true, DateTimeFormatter.BASIC_ISO_DATE);

  private final char delimiter;
  private final char decimalSeparator;
  private final String joiner;
  private final boolean byteOrderMark;
  private final DateTimeFormatter dates;

  Profile(char delimiter, char decimalSeparator, String joiner, boolean byteOrderMark,
      DateTimeFormatter dates) {
    this.delimiter = delimiter;
    this.decimalSeparator = decimalSeparator;
    this.joiner = joiner;
    this.byteOrderMark = byteOrderMark;
    this.dates = dates;
  }

  /** The default delimiter of the profile. */
  public char delimiter() {
    return delimiter;
  }

  /** The separator of decimals in amounts and rates. */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** What joins several values in one cell. */
  public String joiner() {
    return joiner;
  }

  /** Whether the text starts with a byte order mark (U+FEFF). */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  String decimal(String plain) {
    return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
  }
}
