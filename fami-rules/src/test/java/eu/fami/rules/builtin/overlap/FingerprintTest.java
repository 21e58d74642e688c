package eu.fami.rules.builtin.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void isAFunctionOfTheStrings() {
    assertThat(Fingerprint.of("00849050109", "LIG-2023-0001"))
        .isEqualTo(Fingerprint.of(new String("00849050109"), new String("LIG-2023-0001")));
  }

  @Test
  void keepsTheBoundariesBetweenStrings() {
    assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
    assertThat(Fingerprint.of("a", "b", "")).isNotEqualTo(Fingerprint.of("a", "", "b"));
    assertThat(Fingerprint.of("a")).isNotEqualTo(Fingerprint.of("a", ""));
    assertThat(Fingerprint.of("")).isNotEqualTo(Fingerprint.of("", ""));
  }

  @Test
  void usesTheWholeUtf16Char() {
    assertThat(Fingerprint.of("\u0041")).isNotEqualTo(Fingerprint.of("\u0141"));
  }

  @Test
  void aMillionSimilarKeysDoNotCollide() {
    LongIndex seen = new LongIndex();
    for (int i = 0; i < 1_000_000; i++) {
      seen.add(Fingerprint.of("00849050109", "FT-" + i));
    }
    assertThat(seen.size()).isEqualTo(1_000_000);
  }
}
