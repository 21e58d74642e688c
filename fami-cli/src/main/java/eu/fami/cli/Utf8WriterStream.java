package eu.fami.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An output stream of UTF-8 bytes that passes their text on to a {@link Writer}: the commands'
 * standard output is a writer, and the library writes documents as bytes. A character split
 * between two writes is kept until its last byte arrives. Not thread-safe; closing flushes but
 * leaves the writer open.
 */
final class Utf8WriterStream extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer pending = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  Utf8WriterStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, pending.remaining());
      pending.put(b, off, n);
      off += n;
      len -= n;
      decode(false);
    }
  }

  private void decode(boolean endOfInput) throws IOException {
    pending.flip();
    CoderResult r;
    do {
      r = decoder.decode(pending, chars, endOfInput);
      chars.flip();
      out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
      chars.clear();
    } while (r.isOverflow());
    pending.compact();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Writes what is left (an incomplete character as U+FFFD) and flushes the writer. */
  @Override
  public void close() throws IOException {
    decode(true);
    decoder.flush(chars);
    chars.flip();
    out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
    chars.clear();
    out.flush();
  }
}
