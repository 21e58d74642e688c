package eu.fami.robustness.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A lenient tokenization of JSON-like bytes, for structure-level mutations: strings, numbers,
 * literals and punctuation with their byte ranges. Any input tokenizes (an unterminated string runs
 * to the end, a stray byte is a token of its own), so mutations can be stacked.
 */
final class Tokens {
  /** The kinds of token. */
  enum Kind { STRING, NUMBER, LITERAL, OPEN, CLOSE, COLON, COMMA, OTHER }

  /** One token: kind and byte range [start, end). */
  static final class Token {
    final Kind kind;
    final int start;
    final int end;

    Token(Kind kind, int start, int end) {
      this.kind = kind;
      this.start = start;
      this.end = end;
    }
  }

  final byte[] bytes;
  final List<Token> list = new ArrayList<>();

  private Tokens(byte[] bytes) {
    this.bytes = bytes;
  }

  static Tokens of(byte[] bytes) {
    Tokens t = new Tokens(bytes);
    t.scan();
    return t;
  }

  private void scan() {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      byte b = bytes[i];
      int start = i;
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        i++;
        continue;
      }
      Kind kind;
      if (b == '"') {
        i++;
        while (i < n && bytes[i] != '"') {
          i += bytes[i] == '\\' ? 2 : 1;
        }
        i = Math.min(i + 1, n);
        kind = Kind.STRING;
      } else if (b == '-' || (b >= '0' && b <= '9')) {
        i++;
        while (i < n && isNumberByte(bytes[i])) {
          i++;
        }
        kind = Kind.NUMBER;
      } else if (b >= 'a' && b <= 'z') {
        while (i < n && bytes[i] >= 'a' && bytes[i] <= 'z') {
          i++;
        }
        kind = Kind.LITERAL;
      } else {
        i++;
        kind = b == '{' || b == '[' ? Kind.OPEN : b == '}' || b == ']' ? Kind.CLOSE
            : b == ':' ? Kind.COLON : b == ',' ? Kind.COMMA : Kind.OTHER;
      }
      list.add(new Token(kind, start, i));
    }
  }

  private static boolean isNumberByte(byte b) {
    return (b >= '0' && b <= '9') || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-';
  }

  int size() {
    return list.size();
  }

  Token get(int i) {
    return list.get(i);
  }

  /** Whether token {@code i} starts a value (not a property name, not punctuation). */
  boolean isValue(int i) {
    Kind k = get(i).kind;
    if (k == Kind.OPEN || k == Kind.NUMBER || k == Kind.LITERAL) {
      return true;
    }
    return k == Kind.STRING && !isName(i);
  }

  /** Whether token {@code i} is a property name (a string followed by a colon). */
  boolean isName(int i) {
    return get(i).kind == Kind.STRING && i + 1 < size() && get(i + 1).kind == Kind.COLON;
  }

  /** The index of the last token of the value starting at token {@code i}. */
  int valueEnd(int i) {
    if (get(i).kind != Kind.OPEN) {
      return i;
    }
    int depth = 0;
    for (int k = i; k < size(); k++) {
      Kind kind = get(k).kind;
      if (kind == Kind.OPEN) {
        depth++;
      } else if (kind == Kind.CLOSE && --depth == 0) {
        return k;
      }
    }
    return size() - 1;
  }

  /** Byte range [start, end) of the value starting at token {@code i}. */
  int[] valueRange(int i) {
    return new int[] {get(i).start, get(valueEnd(i)).end};
  }

  /** Indexes of the tokens for which {@code test} holds. */
  List<Integer> indexes(IntPredicate test) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      if (test.test(i)) {
        out.add(i);
      }
    }
    return out;
  }
}
