package eu.fami.io.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Period;
import eu.fami.model.catalogue.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Damaged catalogue files give problems, never another exception: the full 2021-2027 dump cut, or
 * with one character changed, at spread-out positions (deterministic, so that a failure repeats).
 */
class DamagedCatalogueFilesTest {
  private static final Catalogue BASE = Catalogue.builtIn(Period.P2021_2027);
  private static final byte[] FILE = dump();
  private static final int POSITIONS = 150;
  private static final String REPLACEMENTS = "{}[]\",:0x \\-";

  @Test
  void truncatedFileGivesProblems() {
    for (int i = 0; i < POSITIONS; i++) {
      int at = position(i);
      assertThat(outcome(Arrays.copyOf(FILE, at))).as("cut at %d", at).isEqualTo("problems");
    }
  }

  @Test
  void changedCharacterGivesACatalogueOrProblems() {
    for (int i = 0; i < POSITIONS; i++) {
      byte[] damaged = FILE.clone();
      int at = position(i);
      damaged[at] = (byte) REPLACEMENTS.charAt(i % REPLACEMENTS.length());
      assertThat(outcome(damaged)).as("changed at %d", at).isIn("catalogue", "problems");
    }
  }

  /** The i-th of {@link #POSITIONS} positions spread over the file (a prime stride). */
  private static int position(int i) {
    return (int) ((i * 7919L) % FILE.length);
  }

  private static String outcome(byte[] content) {
    try {
      CatalogueFiles.read(new ByteArrayInputStream(content), "damaged.json", BASE);
      return "catalogue";
    } catch (CatalogueFileException e) {
      assertThat(e.problems()).isNotEmpty();
      return "problems";
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("unexpected " + e, e);
    }
  }

  private static byte[] dump() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CatalogueFiles.write(BASE, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
