package eu.fami.model.report;

import java.util.HexFormat;

/**
 * The 64-bit content hash behind the catalogue and rule-set versions of a report: FNV-1a over the
 * UTF-16 units of a canonical rendering, finished with MurmurHash3's 64-bit mixer, written as 16
 * hex digits. It tells contents apart (an accidental collision is a 2<sup>-64</sup> chance); it is
 * not a cryptographic digest, and costs a cold start no security provider.
 *
 * <pre>{@code String version = new ContentHash().add("entry").add("OS2").hex();}</pre>
 */
public final class ContentHash {
  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private long state = OFFSET_BASIS;

  /** Adds every UTF-16 unit of {@code text}. */
  public ContentHash add(CharSequence text) {
    long h = state;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * PRIME;
    }
    state = h;
    return this;
  }

  /** Adds one UTF-16 unit. */
  public ContentHash add(char c) {
    state = (state ^ c) * PRIME;
    return this;
  }

  /** The hash of what was added, as 16 lowercase hex digits. */
  public String hex() {
    long x = state;
    x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
    x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
    x ^= x >>> 33;
    return HexFormat.of().toHexDigits(x);
  }
}
