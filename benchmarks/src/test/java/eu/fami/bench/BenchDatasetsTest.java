package eu.fami.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.fami.rules.Fami;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDatasetsTest {
  @TempDir Path dir;

  @Test
  void generatesOnceAValidDatasetThatThePeerAccepts() throws IOException {
    Path file = BenchDatasets.ensure(dir, 12);
    FileTime written = Files.getLastModifiedTime(file);

    assertThat(BenchDatasets.ensure(dir, 12)).isEqualTo(file);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    assertThat(Fami.defaults().validate(file).getViolations()).isEmpty();
    assertThat(DatasetValidation.datasetSchema().validate(new ObjectMapper().readTree(file.toFile())))
        .isEmpty();
  }

  @Test
  void peerRejectsAnUnknownProperty() throws IOException {
    ObjectNode dataset = (ObjectNode) new ObjectMapper().readTree(BenchDatasets.ensure(dir, 3).toFile());
    ((ObjectNode) dataset.path("projects").get(1)).put("colour", "blue");

    assertThat(DatasetValidation.datasetSchema().validate(dataset)).hasSize(1);
  }
}
