package eu.fami.rules.builtin.overlap;

/**
 * An open-addressing hash index from {@code long} keys to dense indexes 0, 1, 2, ... in order of
 * first insertion, so that callers keep per-key values in plain arrays. Linear probing, Fibonacci
 * hashing, at most 3/4 full: about 16 to 32 bytes per key, no boxing. Any {@code long}, zero
 * included, is a key. Not thread-safe.
 */
final class LongIndex {
  private static final int INITIAL_CAPACITY = 16;

  private long[] keys = new long[INITIAL_CAPACITY];
  /** Dense index + 1 of the key in the same slot; 0 marks an empty slot. */
  private int[] slots = new int[INITIAL_CAPACITY];
  private int size;

  /** The number of keys. */
  int size() {
    return size;
  }

  /** The index of {@code key}, or -1 if absent. */
  int indexOf(long key) {
    int mask = slots.length - 1;
    for (int i = home(key, mask); slots[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return slots[i] - 1;
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
    if ((size + 1) * 4L > slots.length * 3L) {
      grow();
    }
    place(key, ++size);
    return size - 1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldSlots.length * 2];
    slots = new int[oldSlots.length * 2];
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != 0) {
        place(oldKeys[j], oldSlots[j]);
      }
    }
  }

  /** Puts {@code key} with {@code slot} in the first free slot from its home. */
  private void place(long key, int slot) {
    int mask = slots.length - 1;
    int i = home(key, mask);
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    slots[i] = slot;
  }

  /** Fibonacci hashing: the top bits of key times 2^64 / golden ratio. */
  private static int home(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.bitCount(mask)));
  }
}
