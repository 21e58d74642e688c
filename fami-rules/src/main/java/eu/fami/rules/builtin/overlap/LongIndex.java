package eu.fami.rules.builtin.overlap;

/**
 * An open-addressing hash index from {@code long} keys to dense indexes 0, 1, 2, ... in order of
 * first insertion, so that callers keep per-key values in plain arrays. Linear probing, Fibonacci
 * hashing, at most 3/4 full; each slot holds its key and its index side by side, so that a probe
 * reads one cache line: about 21 to 43 bytes per key, no boxing. Any {@code long}, zero included,
 * is a key. Not thread-safe.
 */
final class LongIndex {
  private static final int INITIAL_CAPACITY = 16;

  /** Slot {@code i}: the key at {@code 2i}, its dense index + 1 at {@code 2i + 1} (0: empty). */
  private long[] slots = new long[2 * INITIAL_CAPACITY];
  private int size;

  /** The number of keys. */
  int size() {
    return size;
  }

  /** The index of {@code key}, or -1 if absent. */
  int indexOf(long key) {
    int mask = slots.length / 2 - 1;
    for (int i = home(key, mask); slots[2 * i + 1] != 0; i = (i + 1) & mask) {
      if (slots[2 * i] == key) {
        return (int) slots[2 * i + 1] - 1;
      }
    }
    return -1;
  }

  /**
   * The index of {@code key}, adding it (with index {@link #size()} before the call) if absent; so
   * a result below the size before the call means the key was already there.
   */
  int add(long key) {
    int found = indexOf(key);
    if (found >= 0) {
      return found;
    }
    if ((size + 1) * 4L > (slots.length / 2) * 3L) {
      grow();
    }
    place(key, ++size);
    return size - 1;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        place(old[j], old[j + 1]);
      }
    }
  }

  /** Puts {@code key} with {@code slot} in the first free slot from its home. */
  private void place(long key, long slot) {
    int mask = slots.length / 2 - 1;
    int i = home(key, mask);
    while (slots[2 * i + 1] != 0) {
      i = (i + 1) & mask;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = slot;
  }

  /** Fibonacci hashing: the top bits of key times 2^64 / golden ratio. */
  private static int home(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.bitCount(mask)));
  }
}
