package eu.fami.robustness.fuzz;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader (CRLF record ends), to check the CSV rendering of hostile reports. */
final class Csv {
  private Csv() {}

  /** The records of {@code text}, or null when it is not well-formed RFC 4180 CSV. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"' && cell.length() == 0) {
        i++;
        while (true) {
          if (i >= n) {
            return null;
          }
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < n && text.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cell.append(q);
          }
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          return null;
        }
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        i++;
      } else if (c == '\r') {
        if (i + 1 >= n || text.charAt(i + 1) != '\n') {
          return null;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else if (c == '"' || c == '\n') {
        return null;
      } else {
        cell.append(c);
        i++;
      }
    }
    return cell.length() == 0 && row.isEmpty() ? rows : null;
  }
}
