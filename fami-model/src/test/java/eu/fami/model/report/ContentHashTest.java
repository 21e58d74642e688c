package eu.fami.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content hash is FNV-1a 64 over UTF-16 units, mixed by fmix64: pinned values. */
class ContentHashTest {
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(value = {
    "'', efd01f60ba992926",
    "a, 82a2a958a9bece5b",
    "città, 63fa5f97935b953a",
  })
  void hashesAreStable(String text, String hex) {
    assertThat(new ContentHash().add(text).hex()).isEqualTo(hex);
  }

  @ParameterizedTest(name = "\"{0}\" in pieces")
  @CsvSource({"città", "entry|OS2|b"})
  void addingInPiecesIsAddingTheWhole(String text) {
    ContentHash pieces = new ContentHash();
    for (int i = 0; i < text.length(); i++) {
      pieces.add(text.charAt(i));
    }
    assertThat(pieces.hex()).isEqualTo(new ContentHash().add(text).hex())
        .isNotEqualTo(new ContentHash().add(text + " ").hex());
  }
}
