package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Source maps: a streamed dataset locates its header's values as the whole document does, while it
 * streams; locating every element of a long list costs linear time.
 */
class StreamingSourceMapTest {
  private static final byte[] DATASET = Examples.bytes("dataset-formazione-linguistica.json");

  @ParameterizedTest(name = "pointer '{0}'")
  @ValueSource(strings = {"", "/programme", "/programme/allocations/1/declaredShare",
      "/calls/0/code", "/calls/0/classification/nationalActions/0"})
  void headerValuesAreLocatedBeforeTheProjectsAreRead(String pointer) {
    SourceMap whole = FamiJson.defaults().read(DATASET).sourceMap();
    try (DatasetReader r = FamiJson.defaults().openDataset(new ByteArrayInputStream(DATASET))) {
      assertThat(r.headerSourceMap().locate(pointer)).isEqualTo(whole.locate(pointer))
          .hasValueSatisfying(l -> assertThat(l.hasPosition()).isTrue());
    }
  }

  @Test
  void everyElementOfALongListIsLocatedInLinearTime() {
    int n = ReadLimits.defaults().maxListSize();
    String json = "{\"format\":\"fami/1\",\"kind\":\"project\",\"territory\":[\n"
        + "\"IT\",\n".repeat(n - 1) + "\"IT\"]}";
    SourceMap map = FamiJson.defaults().read(json).sourceMap();
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      for (int i = 0; i < n; i++) {
        assertThat(map.locate("/territory/" + i).orElseThrow().getLine()).isEqualTo(i + 2);
      }
    });
  }
}
