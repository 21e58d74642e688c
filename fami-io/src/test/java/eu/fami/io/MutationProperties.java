package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading never throws, whatever the mutation of an example; problems are well formed. */
class MutationProperties {
  private static final FamiJson JSON = FamiJson.defaults();
  private static final Set<String> READER_RULES = Set.of(RuleIds.IO_001, RuleIds.IO_002,
      RuleIds.IO_003, RuleIds.IO_004, RuleIds.IO_005, RuleIds.IO_006, RuleIds.FMT_001,
      RuleIds.FMT_004);
  private static final byte[] TOKENS = "{}[]:,\"\\0123456789.eE+-ntrufals \n\u00e9".getBytes(
      java.nio.charset.StandardCharsets.UTF_8);

  /** One edit of a document: flip, insert, delete or truncate at a position. */
  record Edit(int kind, double where, byte value, int length) {
    byte[] apply(byte[] in) {
      int at = (int) (where * in.length);
      switch (kind) {
        case 0: {
          byte[] out = in.clone();
          if (at < out.length) {
            out[at] = value;
          }
          return out;
        }
        case 1: {
          byte[] out = new byte[in.length + length];
          System.arraycopy(in, 0, out, 0, at);
          for (int i = 0; i < length; i++) {
            out[at + i] = TOKENS[Math.floorMod(value + i * 7, TOKENS.length)];
          }
          System.arraycopy(in, at, out, at + length, in.length - at);
          return out;
        }
        case 2: {
          int end = Math.min(in.length, at + length);
          byte[] out = new byte[in.length - (end - at)];
          System.arraycopy(in, 0, out, 0, at);
          System.arraycopy(in, end, out, at, in.length - end);
          return out;
        }
        default:
          return java.util.Arrays.copyOf(in, at);
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(
        Arbitraries.integers().between(0, 3).withDistribution(
            net.jqwik.api.RandomDistribution.uniform()),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.bytes(),
        Arbitraries.integers().between(1, 40)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> example() {
    return Arbitraries.of(Examples.NAMES);
  }

  @Property(tries = 400)
  void readingNeverThrows(@ForAll("example") String name, @ForAll("edits") List<Edit> edits) {
    byte[] doc = Examples.bytes(name);
    for (Edit e : edits) {
      doc = e.apply(doc);
    }
    List<ReadResult> results = new ArrayList<>();
    results.add(JSON.read(doc));
    results.add(JSON.read(new ByteArrayInputStream(doc)));
    for (ReadResult r : results) {
      for (Violation v : r.problems()) {
        assertThat(READER_RULES).contains(v.getRule());
        assertThat(v.getLocation().getPointer()).matches("(/[^/]*)*");
        assertThat(v.getLocation().getLine()).isNotNegative();
        assertThat(v.getArguments().getOrDefault("detail", "")).doesNotStartWith("internal");
      }
      if (r.document() != null) {
        // whatever was read can be written and read back to an equal object
        ReadResult again = JSON.read(JSON.writeString(r.document()));
        assertThat(again.document()).isEqualTo(r.document());
      }
    }
    try (DatasetReader d = JSON.openDataset(new ByteArrayInputStream(doc))) {
      while (d.hasNext()) {
        ProjectEntry e = d.next();
        assertThat(e.problems()).allSatisfy(v -> assertThat(READER_RULES).contains(v.getRule()));
      }
      assertThat(d.trailerProblems())
          .allSatisfy(v -> assertThat(READER_RULES).contains(v.getRule()));
    }
  }
}
