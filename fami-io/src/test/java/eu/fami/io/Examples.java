package eu.fami.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The example documents (repository root {@code examples/documents}, copied to the classpath). */
final class Examples {
  static final List<String> NAMES = List.of(
      "programme-it-2021-2027.json",
      "call-formazione-linguistica-2023.json",
      "project-com-in-5.json",
      "project-lab-impact-2463.json",
      "report-fl-lig-2024-q1.json",
      "dataset-formazione-linguistica.json");

  private Examples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing example " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
