package eu.fami.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small deterministic random generator (SplitMix64), so that the same keys give the same values
 * on every JVM and release: the JDK's generators do not promise that.
 *
 * <pre>{@code SplitMix.of(seed, projectIndex).between(2, 6)}</pre>
 */
public final class SplitMix {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  private SplitMix(long state) {
    this.state = state;
  }

  /** A generator whose sequence depends on every key, in order. */
  public static SplitMix of(long... keys) {
    long s = GOLDEN;
    for (long k : keys) {
      s = mix(s ^ mix(k + GOLDEN));
    }
    return new SplitMix(s);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The next 64 random bits. */
  public long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** A value from {@code low} to {@code high}, both included. */
  public long between(long low, long high) {
    return low + Math.floorMod(nextLong(), high - low + 1);
  }

  /** A value from {@code low} to {@code high}, both included. */
  public int between(int low, int high) {
    return (int) between((long) low, (long) high);
  }

  /** True with the given chance, in percent. */
  public boolean percent(int chance) {
    return between(0, 99) < chance;
  }

  /** One element of {@code list}. */
  public <T> T pick(List<T> list) {
    return list.get(between(0, list.size() - 1));
  }

  /** {@code count} distinct elements of {@code list}, in the list's order. */
  public <T> List<T> sample(List<T> list, int count) {
    List<T> out = new ArrayList<>(count);
    int needed = count;
    for (int i = 0; i < list.size() && needed > 0; i++) {
      // selection sampling: each element is kept with probability needed / left
      if (between(1, list.size() - i) <= needed) {
        out.add(list.get(i));
        needed--;
      }
    }
    return out;
  }
}
