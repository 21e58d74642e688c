package eu.fami.robustness;

import eu.fami.io.FamiJson;
import eu.fami.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The example documents of the repository ({@code examples/documents}, copied to the test
 * classpath under {@code examples/}): the format contract, and the seeds of the mutation tests.
 */
public final class Examples {
  /** File names of the examples, one of each kind. */
  public static final List<String> NAMES = List.of(
      "programme-it-2021-2027.json",
      "call-formazione-linguistica-2023.json",
      "project-com-in-5.json",
      "project-lab-impact-2463.json",
      "report-fl-lig-2024-q1.json",
      "dataset-formazione-linguistica.json");

  /** The dataset the report example belongs to: the context of report documents. */
  public static final String DATASET = "dataset-formazione-linguistica.json";

  private Examples() {}

  /** The bytes of example {@code name}. */
  public static byte[] bytes(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing example " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example dataset, read. */
  public static Dataset dataset() {
    return FamiJson.defaults().read(bytes(DATASET)).document(Dataset.class).orElseThrow();
  }
}
