package eu.fami.rules.builtin.overlap;

/**
 * 64-bit fingerprints of keys made of one to three strings: FNV-1a over the UTF-16 chars, each
 * string preceded by its length (so that {@code ("ab", "c")} and {@code ("a", "bc")} differ),
 * finished with MurmurHash3's 64-bit mix so that every bit depends on every char.
 *
 * <p>Two different keys share a fingerprint with probability about 2<sup>-64</sup> per pair: for a
 * million keys, about 3 in 100 million that any two collide at all. The rules accept that risk (a
 * collision could report a duplicate that is not one) in exchange for constant memory per key.
 */
final class Fingerprint {
  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Fingerprint() {}

  /** The fingerprint of one string. */
  static long of(String a) {
    return mix(add(OFFSET_BASIS, a));
  }

  /** The fingerprint of a pair of strings. */
  static long of(String a, String b) {
    return mix(add(add(OFFSET_BASIS, a), b));
  }

  /** The fingerprint of a triple of strings. */
  static long of(String a, String b, String c) {
    return mix(add(add(add(OFFSET_BASIS, a), b), c));
  }

  private static long add(long hash, String s) {
    int n = s.length();
    long h = step(step(hash, n >>> 16), n & 0xffff);
    for (int i = 0; i < n; i++) {
      h = step(h, s.charAt(i));
    }
    return h;
  }

  private static long step(long hash, int unit) {
    return (hash ^ unit) * PRIME;
  }

  /** MurmurHash3 fmix64. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
