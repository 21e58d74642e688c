package eu.fami.rules.builtin.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongIndexTest {
  @Test
  void emptyIndexHoldsNothing() {
    LongIndex index = new LongIndex();
    assertThat(index.size()).isZero();
    assertThat(index.indexOf(0)).isEqualTo(-1);
    assertThat(index.indexOf(42)).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(longs = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE})
  void anyLongIsAKey(long key) {
    LongIndex index = new LongIndex();
    assertThat(index.add(key)).isZero();
    assertThat(index.add(key)).isZero();
    assertThat(index.indexOf(key)).isZero();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void indexesAreDenseInOrderOfFirstInsertion() {
    LongIndex index = new LongIndex();
    assertThat(index.add(7)).isEqualTo(0);
    assertThat(index.add(0)).isEqualTo(1);
    assertThat(index.add(7)).isEqualTo(0);
    assertThat(index.add(-3)).isEqualTo(2);
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.indexOf(-3)).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 1L << 32, 1L << 60})
  void agreesWithAHashMapThroughGrowth(long stride) {
    // random keys with repeats, and keys in arithmetic progressions (the classic bad case)
    SplittableRandom random = new SplittableRandom(stride);
    LongIndex index = new LongIndex();
    Map<Long, Integer> expected = new HashMap<>();
    for (int n = 0; n < 200_000; n++) {
      long key = n % 3 == 0 ? random.nextLong() : (n % 50_000) * stride;
      int i = index.add(key);
      Integer previous = expected.putIfAbsent(key, expected.size());
      assertThat(i).isEqualTo(previous == null ? expected.size() - 1 : previous);
    }
    assertThat(index.size()).isEqualTo(expected.size());
    expected.forEach((key, i) -> assertThat(index.indexOf(key)).isEqualTo(i));
    assertThat(index.indexOf(random.nextLong())).isEqualTo(-1);
  }
}
