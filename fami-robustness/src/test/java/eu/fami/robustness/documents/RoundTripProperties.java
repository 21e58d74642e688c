package eu.fami.robustness.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.fami.io.DatasetReader;
import eu.fami.io.DatasetWriter;
import eu.fami.io.FamiJson;
import eu.fami.io.ReadResult;
import eu.fami.model.Amount;
import eu.fami.model.Dataset;
import eu.fami.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * Lossless, canonical writing: for every document the model can hold (valid or not, any text, any
 * amount the reader keeps) reading what was written gives an equal document, writing it again gives
 * the same bytes, and every amount keeps its exact value and canonical scale.
 */
@PropertyDefaults(tries = 250)
class RoundTripProperties {
  private static final FamiJson JSON = FamiJson.defaults();
  private static final JsonFactory TOKENS = JsonFactory.builder().build();

  @Provide
  Arbitrary<Object> any() {
    return AnyDocuments.documents();
  }

  @Provide
  Arbitrary<Object> valid() {
    return ValidDocuments.all().map(ValidDocuments.Case::document);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return AnyDocuments.of(Dataset.class);
  }

  @Property
  void readingWhatWasWrittenGivesAnEqualDocument(@ForAll("any") Object document) {
    assertRoundTrip(document);
  }

  @Property
  void validDocumentsRoundTrip(@ForAll("valid") Object document) {
    assertRoundTrip(document);
  }

  @Property
  void writingIsCanonical(@ForAll("any") Object document) {
    byte[] once = bytes(document);
    byte[] twice = bytes(JSON.read(once).document());
    assertThat(new String(twice, StandardCharsets.UTF_8))
        .isEqualTo(new String(once, StandardCharsets.UTF_8));
    assertThat(JSON.writeString(document)).isEqualTo(new String(once, StandardCharsets.UTF_8));
  }

  @Property
  void amountsKeepTheirExactValueAndCanonicalScale(@ForAll("any") Object document) {
    String written = JSON.writeString(document);
    List<Amount> before = ModelValues.of(document, Amount.class);
    List<Amount> after = ModelValues.of(JSON.read(written).document(), Amount.class);
    assertThat(after).hasSameSizeAs(before);
    Map<String, Integer> numbers = numberTokens(written);
    for (int i = 0; i < before.size(); i++) {
      Amount a = before.get(i);
      Amount b = after.get(i);
      assertThat(b.value()).as("amount %s read back", a).isEqualByComparingTo(a.value());
      assertThat(b.value().scale()).as("scale of %s read back", a).isEqualTo(a.value().scale());
      if (a.hasAtMostTwoDecimals() && a.isWithinBounds()) {
        assertThat(b.value().scale()).as("canonical scale of %s", a).isEqualTo(2);
        String text = b.value().toPlainString();
        assertThat(numbers.merge(text, -1, Integer::sum))
            .as("%s written as a number with two decimals", text).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Property
  void aDatasetStreamsBackProjectByProject(@ForAll("datasets") Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetWriter w = JSON.openDatasetWriter(out, dataset.getProgramme(), dataset.getCalls())) {
      dataset.getProjects().forEach(w::writeProject);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeString(dataset));
    try (DatasetReader r = JSON.openDataset(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(r.headerProblems()).isEmpty();
      assertThat(r.programme()).isEqualTo(dataset.getProgramme());
      assertThat(r.calls()).isEqualTo(dataset.getCalls());
      List<Project> projects = new ArrayList<>();
      while (r.hasNext()) {
        var e = r.next();
        assertThat(e.problems()).isEmpty();
        projects.add(e.project());
      }
      assertThat(projects).isEqualTo(dataset.getProjects());
      assertThat(r.trailerProblems()).isEmpty();
    }
  }

  private static void assertRoundTrip(Object document) {
    String written = JSON.writeString(document);
    ReadResult read = JSON.read(written);
    assertThat(read.problems()).as("problems reading%n%s", written).isEmpty();
    assertThat(read.document()).isEqualTo(document);
  }

  private static byte[] bytes(Object document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(document, out);
    return out.toByteArray();
  }

  /** How many times each number text occurs in {@code json}. */
  private static Map<String, Integer> numberTokens(String json) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = TOKENS.createParser(json)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
          out.merge(p.getText(), 1, Integer::sum);
        }
      }
    } catch (IOException e) {
      throw new AssertionError("written text is not JSON: " + json, e);
    }
    return out;
  }
}
