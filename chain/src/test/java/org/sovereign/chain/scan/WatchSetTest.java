package org.sovereign.chain.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WatchSetTest {

  private static byte[] script(long n) {
    return ByteBuffer.allocate(22)
        .put((byte) 0)
        .put((byte) 20)
        .putLong(n)
        .putLong(~n)
        .putInt((int) n)
        .array();
  }

  @Test
  void add_shouldFindEveryMemberAfterGrowing() {
    WatchSet set = new WatchSet(16);
    for (long i = 0; i < 200_000; i++) {
      set.add(script(i));
    }
    assertThat(set.size()).isEqualTo(200_000);
    for (long i = 0; i < 200_000; i++) {
      byte[] s = script(i);
      assertThat(set.contains(s, 0, s.length)).isTrue();
    }
  }

  @Test
  void contains_shouldAlmostNeverReportStrangers() {
    WatchSet set = new WatchSet(100_000);
    for (long i = 0; i < 100_000; i++) {
      set.add(script(i));
    }
    Random random = new Random(7);
    int falsePositives = 0;
    for (int i = 0; i < 1_000_000; i++) {
      byte[] s = script(1_000_000L + random.nextInt(Integer.MAX_VALUE));
      if (set.contains(s, 0, s.length)) {
        falsePositives++;
      }
    }
    assertThat(falsePositives).isZero();
  }

  @Test
  void duplicates_shouldCountOnce() {
    WatchSet set = new WatchSet(4);
    set.add(script(1));
    set.add(script(1));
    assertThat(set.size()).isEqualTo(1);
  }
}
