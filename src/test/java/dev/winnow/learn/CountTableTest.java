package dev.winnow.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CountTableTest {
  @Test
  void memoryDoesNotGrowWithManyUniqueKeysAndHeavyHittersAreFound() {
    CountTable t = new CountTable(1 << 12, 1 << 16);
    long bytes = t.bytes();
    Random r = new Random(7);
    long[] heavy = new long[20];
    for (int i = 0; i < heavy.length; i++) {
      heavy[i] = r.nextLong() | 1;
    }
    int docs = 50_000;
    for (int d = 0; d < docs; d++) {
      for (int u = 0; u < 30; u++) {
        t.add(r.nextLong() | 1); // content lines: almost all unique
      }
      for (int h = 0; h < heavy.length; h++) {
        if (d % (h + 2) == 0) { // heavy hitter h is in 1/(h+2) of the documents
          t.add(heavy[h]);
        }
      }
      assertThat(t.size()).isLessThanOrEqualTo(t.capacity());
    }
    assertThat(t.bytes()).isEqualTo(bytes);
    assertThat(t.prunes()).isGreaterThan(0);
    for (int h = 0; h < heavy.length; h++) {
      int truth = (docs + h + 1) / (h + 2);
      assertThat(t.lower(heavy[h])).as("lower bound of heavy hitter %d", h)
          .isLessThanOrEqualTo(truth + 1).isGreaterThan((int) (truth * 0.95));
      assertThat(t.count(heavy[h])).isGreaterThanOrEqualTo(truth);
    }
  }

  @Test
  void countsAreExactWithoutPressure() {
    CountTable t = new CountTable(1 << 12, 1 << 20);
    for (int i = 0; i < 7; i++) {
      t.add(42);
    }
    t.add(43);
    assertThat(t.lower(42)).isEqualTo(7);
    assertThat(t.count(43)).isZero(); // seen once: only in the filter
  }
}
