package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class Utf8InputTest {
  /**
   * Read in chunks of any size, each character's column (counted in code points from its line's
   * start) is its byte column less the continuation bytes before it on its line.
   */
  @Property
  void columnsCountCodePointsWhateverTheChunks(
      @ForAll("lines") List<String> lines, @ForAll @IntRange(min = 1, max = 40) int chunk)
      throws IOException {
    String text = String.join("\n", lines);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Utf8Input in = Utf8Input.open(new ByteArrayInputStream(bytes));
    byte[] buffer = new byte[chunk];
    long read = 0;
    int ch = 0;
    long byteOffset = 0;
    long lineStartByte = 0;
    int column = 1;
    while (ch < text.length()) {
      int n = in.read(buffer, 0, chunk);
      if (n > 0) {
        read += n;
      }
      // every character whose bytes the "parser" now holds, in document order
      while (ch < text.length() && (byteOffset < read || n < 0)) {
        int cp = text.codePointAt(ch);
        if (cp == '\n') {
          lineStartByte = byteOffset + 1;
          column = 1;
        } else {
          int byteColumn = (int) (byteOffset - lineStartByte + 1);
          assertThat(in.column(byteOffset, byteColumn)).isEqualTo(column);
          column++;
        }
        byteOffset += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        ch += Character.charCount(cp);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> line = Arbitraries.of("a", "b", " ", "{", "\"", ":", "0", "é", "ß", "€", "\uD834\uDD1E")
        .list().ofMaxSize(60)
        .map(parts -> String.join("", parts));
    return line.list().ofMinSize(1).ofMaxSize(6);
  }
}
