package eu.fami.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The byte stream the parser reads: skips a UTF-8 byte order mark, refuses other encodings, counts
 * bytes against a hard cap, tells failures of the underlying stream apart from problems of the
 * content, and turns the parser's byte columns into character columns.
 *
 * <p>Columns: the parser counts bytes within a line. This stream notes the offsets of the UTF-8
 * continuation bytes it hands out (found eight bytes at a time) until the reader has passed them,
 * so that {@link #column} can subtract those between the line's start and the token. Queries must
 * come in document order (they do: the reader asks for the current token only). Pure ASCII input
 * costs one scan per chunk and nothing else; pending offsets are capped, past the cap the column of
 * a token on a very long line with much non-ASCII text falls back to its byte column.
 */
final class Utf8Input extends InputStream {
  /** The content exceeded a limit enforced while reading bytes. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    final String limit;
    final long maximum;

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }

    LimitExceeded(String limit, long maximum) {
      super(limit + " exceeded");
      this.limit = limit;
      this.maximum = maximum;
    }
  }

  /** The underlying stream failed: not a problem of the document. */
  static final class SourceFailure extends IOException {
    private static final long serialVersionUID = 1L;

    SourceFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static final int MARK_CAP = 1 << 20;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final byte[] head;
  private int headPos;
  private final int headLen;
  private final String encodingProblem;
  private final int problemLine;
  private final int problemColumn;

  private long total;
  private long cap = Long.MAX_VALUE;
  private String capName;
  private long capValue;

  // column tracking: offsets of the continuation bytes handed out, [first, last) still pending
  private long[] marks = new long[256];
  private int first;
  private int last;
  private long cursor;
  private long count;
  private long lineStart = -1;
  private long countAtLineStart;

  private Utf8Input(InputStream in, byte[] head, int headPos, int headLen, String problem,
      int line, int column) {
    this.in = in;
    this.head = head;
    this.headPos = headPos;
    this.headLen = headLen;
    this.encodingProblem = problem;
    this.problemLine = line;
    this.problemColumn = column;
  }

  /** Wraps {@code in}, looking at its first bytes for a byte order mark and the encoding. */
  static Utf8Input open(InputStream in) throws SourceFailure {
    byte[] b = new byte[4];
    int n = 0;
    try {
      while (n < 4) {
        int r = in.read(b, n, 4 - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      throw new SourceFailure(e);
    }
    int pos = 0;
    String problem = null;
    int line = 1;
    int col = 1;
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      pos = 3;
    } else if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      problem = "not UTF-8: a UTF-16 or UTF-32 byte order mark";
    } else {
      for (int i = 0; i < n; i++) {
        if (b[i] == 0) {
          problem = "NUL byte (the document is not UTF-8 text)";
          break;
        }
        if (b[i] == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
    }
    if (problem == null) {
      line = 0;
      col = 0;
    }
    return new Utf8Input(in, b, pos, n, problem, line, col);
  }

  /** Why the input is not UTF-8 JSON text at all, or null. */
  String encodingProblem() {
    return encodingProblem;
  }

  int encodingProblemLine() {
    return problemLine;
  }

  int encodingProblemColumn() {
    return problemColumn;
  }

  /** Bytes handed to the parser so far (after a byte order mark). */
  long total() {
    return total;
  }

  /** Fails reading past absolute offset {@code cap} with {@link LimitExceeded} naming the limit. */
  void cap(long cap, String name, long value) {
    this.cap = cap;
    this.capName = name;
    this.capValue = value;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n;
    long room = cap - total;
    if (room <= 0) {
      if (probe()) {
        throw new LimitExceeded(capName, capValue);
      }
      return -1;
    }
    int want = (int) Math.min(len, room);
    if (headPos < headLen) {
      n = Math.min(want, headLen - headPos);
      System.arraycopy(head, headPos, b, off, n);
      headPos += n;
    } else {
      try {
        n = in.read(b, off, want);
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }
    if (n > 0) {
      track(b, off, n);
      total += n;
    }
    return n;
  }

  private boolean probe() throws SourceFailure {
    if (headPos < headLen) {
      return true;
    }
    try {
      return in.read() >= 0;
    } catch (IOException e) {
      throw new SourceFailure(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      in.close();
    } catch (IOException e) {
      throw new SourceFailure(e);
    }
  }

  private void track(byte[] b, int off, int n) {
    if (ascii(b, off, off + n)) {
      return;
    }
    int end = off + n;
    int i = off;
    for (; i + 8 <= end; i += 8) {
      long w = (long) LONGS.get(b, i);
      long m = w & ~(w << 1) & 0x8080808080808080L;
      while (m != 0) {
        mark(total + (i - off) + (Long.numberOfTrailingZeros(m) >>> 3));
        m &= m - 1;
      }
    }
    for (; i < end; i++) {
      if ((b[i] & 0xC0) == 0x80) {
        mark(total + (i - off));
      }
    }
  }

  /** Notes a continuation byte at {@code offset}; past the cap the oldest counts as passed. */
  private void mark(long offset) {
    if (last - first >= MARK_CAP) {
      cursor = Math.max(cursor, marks[first] + 1);
      first++;
      count++;
    }
    if (last == marks.length) {
      int pending = last - first;
      if (pending > marks.length / 2) {
        marks = Arrays.copyOf(marks, marks.length * 2);
      }
      System.arraycopy(marks, first, marks, 0, pending);
      first = 0;
      last = pending;
    }
    marks[last++] = offset;
  }

  private static boolean ascii(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      if (((long) LONGS.get(b, i) & 0x8080808080808080L) != 0) {
        return false;
      }
    }
    for (; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The 1-based character column of the token at byte {@code offset} whose byte column is {@code
   * byteColumn}. Must be called in document order.
   */
  int column(long offset, int byteColumn) {
    if (offset < 0 || byteColumn <= 0) {
      return byteColumn;
    }
    long ls = offset - (byteColumn - 1);
    if (ls != lineStart) {
      if (ls < cursor) {
        return byteColumn;
      }
      advance(ls);
      lineStart = ls;
      countAtLineStart = count;
    }
    if (offset < cursor) {
      return byteColumn;
    }
    advance(offset);
    return byteColumn - (int) (count - countAtLineStart);
  }

  /** Counts the continuation bytes before offset {@code x}. */
  private void advance(long x) {
    while (first < last && marks[first] < x) {
      first++;
      count++;
    }
    if (x > cursor) {
      cursor = x;
    }
  }
}
