package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A streamed dataset locates its header's values as the whole document does, while it streams. */
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
}
