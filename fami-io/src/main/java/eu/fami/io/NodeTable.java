package eu.fami.io;

import eu.fami.model.report.Location;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The positions of the values of one document (or of one dataset entry), recorded in document
 * order as a flat table: per value its property name or array index, line, column and the end of
 * its subtree. Pointers are built only when asked for.
 */
final class NodeTable implements SourceMap {
  private static final int STRIDE = 5;
  private static final int KEY = 0;
  private static final int FLAGS = 1;
  private static final int LINE = 2;
  private static final int COL = 3;
  private static final int END = 4;
  private static final int DROPPED = 1;

  private final String prefix;
  /**
   * Per closed array looked up, its held elements: locating the elements of a list one by one
   * costs linear, not quadratic, time. Built on first lookup; a map may be shared by threads.
   */
  private final Map<Integer, int[]> elements = new ConcurrentHashMap<>();
  private String[] names;
  private int[] data;
  private int size;

  /** A table whose root value has pointer {@code prefix} ({@code ""}, or {@code /projects/12}). */
  NodeTable(String prefix, int capacity) {
    this.prefix = prefix;
    this.names = new String[capacity];
    this.data = new int[capacity * STRIDE];
  }

  String prefix() {
    return prefix;
  }

  int size() {
    return size;
  }

  /** Records a value: a property ({@code name} non-null) or an array element at {@code index}. */
  int add(String name, int index, int line, int column) {
    if (size == names.length) {
      int cap = size * 2;
      names = Arrays.copyOf(names, cap);
      data = Arrays.copyOf(data, cap * STRIDE);
    }
    int n = size++;
    names[n] = name;
    int o = n * STRIDE;
    data[o + KEY] = name == null ? index : -1;
    data[o + FLAGS] = 0;
    data[o + LINE] = line;
    data[o + COL] = column;
    data[o + END] = 0;
    return n;
  }

  /** Closes the subtree of {@code node}: everything recorded since belongs to it. */
  void end(int node) {
    data[node * STRIDE + END] = size;
  }

  /** Marks an array element the model does not hold (it could not be read). */
  void drop(int node) {
    data[node * STRIDE + FLAGS] |= DROPPED;
  }

  int line(int node) {
    return data[node * STRIDE + LINE];
  }

  int column(int node) {
    return data[node * STRIDE + COL];
  }

  /** Closes every subtree left open (reading stopped inside them). */
  void finish() {
    for (int i = 0; i < size; i++) {
      if (data[i * STRIDE + END] == 0) {
        data[i * STRIDE + END] = size;
      }
    }
  }

  /** The document pointer of the path {@code nodes[0..depth)} whose first node is the root. */
  String pointer(int[] nodes, int from, int depth) {
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = from; i < depth; i++) {
      appendSegment(sb, nodes[i]);
    }
    return sb.toString();
  }

  private void appendSegment(StringBuilder sb, int node) {
    sb.append('/');
    String name = names[node];
    if (name == null) {
      sb.append(data[node * STRIDE + KEY]);
    } else {
      escape(sb, name);
    }
  }

  static void escape(StringBuilder sb, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
  }

  @Override
  public Optional<Location> locate(String jsonPointer) {
    if (jsonPointer == null || size == 0) {
      return Optional.empty();
    }
    String rest;
    if (jsonPointer.equals(prefix)) {
      rest = "";
    } else if (jsonPointer.startsWith(prefix) && jsonPointer.charAt(prefix.length()) == '/') {
      rest = jsonPointer.substring(prefix.length());
    } else {
      return Optional.empty();
    }
    StringBuilder doc = new StringBuilder(prefix);
    int node = 0;
    int pos = 0;
    boolean matched = true;
    while (pos < rest.length() && matched) {
      int next = rest.indexOf('/', pos + 1);
      if (next < 0) {
        next = rest.length();
      }
      String raw = rest.substring(pos + 1, next);
      int child = child(node, unescape(raw));
      if (child < 0) {
        matched = false;
        doc.append(rest, pos, rest.length());
      } else {
        node = child;
        appendSegment(doc, child);
        pos = next;
      }
    }
    int o = node * STRIDE;
    return Optional.of(Location.of(doc.toString(), data[o + LINE], data[o + COL]));
  }

  /**
   * The end of the subtree of {@code node}: a value still open (the root of a dataset's header
   * while its projects stream) holds everything recorded so far.
   */
  private int endOf(int node) {
    int end = data[node * STRIDE + END];
    return end == 0 ? size : end;
  }

  /** The child of {@code node} named {@code segment} (a model index for arrays), or -1. */
  private int child(int node, String segment) {
    int end = endOf(node);
    int c = node + 1;
    if (c >= end) {
      return -1;
    }
    if (names[c] != null) {
      for (; c < end; c = endOf(c)) {
        if (segment.equals(names[c])) {
          return c;
        }
      }
      return -1;
    }
    int want = arrayIndex(segment);
    if (want < 0) {
      return -1;
    }
    int[] held = data[node * STRIDE + END] == 0
        ? heldElements(node) : elements.computeIfAbsent(node, this::heldElements);
    return want < held.length ? held[want] : -1;
  }

  /** The elements of array {@code node} that the model holds, in order. */
  private int[] heldElements(int node) {
    int end = endOf(node);
    int[] out = new int[8];
    int k = 0;
    for (int c = node + 1; c < end; c = endOf(c)) {
      if ((data[c * STRIDE + FLAGS] & DROPPED) == 0) {
        if (k == out.length) {
          out = Arrays.copyOf(out, k * 2);
        }
        out[k++] = c;
      }
    }
    return Arrays.copyOf(out, k);
  }

  private static int arrayIndex(String s) {
    if (s.isEmpty() || s.length() > 9 || (s.length() > 1 && s.charAt(0) == '0')) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static String unescape(String s) {
    if (s.indexOf('~') < 0) {
      return s;
    }
    return s.replace("~1", "/").replace("~0", "~");
  }
}
