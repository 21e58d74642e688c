package eu.fami.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The median and range of a sample: {@code Stats.of(List.of(3.0, 1.0, 2.0)).median() == 2.0}. Even
 * samples take the mean of the two middle values.
 */
record Stats(double median, double min, double max, int count) {
  static Stats of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    return new Stats(median, v.get(0), v.get(n - 1), n);
  }

  /** {@code 123.4 [98.0..131.2]} with {@code decimals} decimals. */
  String format(int decimals) {
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " [" + f + ".." + f + "]", median, min, max);
  }
}
