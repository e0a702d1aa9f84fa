package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {

  @Test
  void similarity_shouldReproduceWinklersPublishedExamples() {
    assertThat(JaroWinkler.jaro("MARTHA", "MARHTA")).isCloseTo(0.944, within(0.001));
    assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.961, within(0.001));
    assertThat(JaroWinkler.jaro("DWAYNE", "DUANE")).isCloseTo(0.822, within(0.001));
    assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.840, within(0.001));
    assertThat(JaroWinkler.jaro("DIXON", "DICKSONX")).isCloseTo(0.767, within(0.001));
    assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.813, within(0.001));
  }

  @Test
  void similarity_shouldBeOneForEqualAndZeroForDisjointStrings() {
    assertThat(JaroWinkler.similarity("hussain", "hussain")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("abc", "")).isZero();
    assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
  }

  @Test
  void similarity_shouldBeSymmetricAndBounded_onRandomStrings() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      String a = randomWord(random, 1 + random.nextInt(12));
      String b = randomWord(random, 1 + random.nextInt(12));
      double ab = JaroWinkler.similarity(a, b);
      assertThat(ab).as("%s %s", a, b).isBetween(0.0, 1.0).isEqualTo(JaroWinkler.similarity(b, a));
    }
  }

  @Test
  void jaro_shouldAgreeWithTheArrayVersionUsedPastSixtyFourCharacters() {
    Random random = new Random(11);
    for (int i = 0; i < 2000; i++) {
      String a = randomWord(random, 1 + random.nextInt(64));
      String b = randomWord(random, 1 + random.nextInt(64));
      assertThat(JaroWinkler.jaro(a, b)).isEqualTo(JaroWinkler.jaroLong(a, b));
    }
    String long1 = "abdulrahman bin muhammad bin awad bin ladin al-yemeni of jeddah 1957";
    assertThat(JaroWinkler.jaro(long1, long1)).isEqualTo(1.0);
  }

  private static String randomWord(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append((char) ('a' + random.nextInt(6)));
    }
    return s.toString();
  }
}
