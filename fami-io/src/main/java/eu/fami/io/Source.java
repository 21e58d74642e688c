package eu.fami.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a document comes from, able to start over when the reader must look for {@code kind}
 * first (a document whose {@code kind} follows other content). Bytes and files start over freely;
 * a stream records what it hands out, up to a cap, until {@link #settled()} says it need not.
 */
abstract class Source {
  /** The stream of the document from its first byte. */
  abstract InputStream open() throws IOException;

  /** Prepares {@link #open()} to start over; false when that is no longer possible. */
  abstract boolean rewind();

  /** The reader will not start over: a stream may stop recording. */
  void settled() {}

  static Source of(byte[] bytes) {
    return new Source() {
      @Override
      InputStream open() {
        return new ByteArrayInputStream(bytes);
      }

      @Override
      boolean rewind() {
        return true;
      }
    };
  }

  static Source of(Path path) {
    return new Source() {
      @Override
      InputStream open() throws IOException {
        return Files.newInputStream(path);
      }

      @Override
      boolean rewind() {
        return true;
      }
    };
  }

  static Source of(InputStream in, long recordCap) {
    return new Recording(in, recordCap);
  }

  /** A stream that records what it reads so that the reader can start over once. */
  private static final class Recording extends Source {
    private final InputStream in;
    private final long cap;
    private byte[] buf = new byte[8192];
    private int len;
    private boolean recording = true;
    private boolean overflow;
    private InputStream current;

    Recording(InputStream in, long cap) {
      this.in = in;
      this.cap = Math.min(cap, Integer.MAX_VALUE - 16);
    }

    @Override
    InputStream open() {
      if (current == null) {
        current = recorder(in);
      }
      return current;
    }

    @Override
    boolean rewind() {
      if (!recording || overflow) {
        return false;
      }
      byte[] copy = Arrays.copyOf(buf, len);
      // what was recorded is read again; the rest of the stream is recorded again as it comes
      len = 0;
      current = recorder(new SequenceInputStream(new ByteArrayInputStream(copy), in));
      return true;
    }

    @Override
    void settled() {
      recording = false;
      buf = null;
    }

    private InputStream recorder(InputStream from) {
      return new InputStream() {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          int n = read(one, 0, 1);
          return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
          int r = from.read(b, off, n);
          if (r > 0 && recording && !overflow) {
            if (len + (long) r > cap) {
              overflow = true;
              buf = null;
            } else {
              if (len + r > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(len + r, 2L * buf.length)));
              }
              System.arraycopy(b, off, buf, len, r);
              len += r;
            }
          }
          return r;
        }

        @Override
        public void close() {
          // the caller owns the stream
        }
      };
    }
  }
}
