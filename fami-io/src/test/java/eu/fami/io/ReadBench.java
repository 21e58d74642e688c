package eu.fami.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A rough throughput measurement (not a test, not a JMH benchmark): reading a generated dataset
 * with {@link FamiJson#openDataset} against a raw token scan with Jackson's streaming parser. Run
 * from the test classpath: {@code java -Xmx2g -cp ... eu.fami.io.ReadBench [projects]}.
 */
public final class ReadBench {
  private ReadBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GeneratedDataset(n).transferTo(out);
    byte[] bytes = out.toByteArray();
    double mb = bytes.length / 1e6;
    System.out.printf("dataset: %d projects, %.1f MB%n", n, mb);
    FamiJson json = FamiJson.defaults();
    JsonFactory raw = new JsonFactory();
    for (int round = 0; round < 6; round++) {
      long t0 = System.nanoTime();
      long tokens = 0;
      try (JsonParser p = raw.createParser(new ByteArrayInputStream(bytes))) {
        while (p.nextToken() != null) {
          tokens++;
        }
      }
      long t1 = System.nanoTime();
      long textTokens = 0;
      try (JsonParser p = raw.createParser(new ByteArrayInputStream(bytes))) {
        com.fasterxml.jackson.core.JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t.isScalarValue() || t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            textTokens += p.getTextLength();
          }
        }
      }
      long t2 = System.nanoTime();
      int projects = 0;
      try (DatasetReader r = json.openDataset(new ByteArrayInputStream(bytes))) {
        while (r.hasNext()) {
          if (r.next().project() != null) {
            projects++;
          }
        }
      }
      long t3 = System.nanoTime();
      ReadResult whole = json.read(bytes);
      long t4 = System.nanoTime();
      System.out.printf(
          "round %d: token scan %.0f MB/s (%d tokens) | scan+text %.0f MB/s | openDataset %.0f MB/s"
              + " (%d projects, %.2fx of scan) | read whole %.0f MB/s (%d problems)%n",
          round, mb / ((t1 - t0) / 1e9), tokens, mb / ((t2 - t1) / 1e9),
          mb / ((t3 - t2) / 1e9), projects, (double) (t1 - t0) / (t3 - t2),
          mb / ((t4 - t3) / 1e9), whole.problems().size());
    }
  }
}
