package org.sovereign.power.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticForecastTest {
  private static final Instant JANUARY_FIRST = Instant.parse("2025-12-31T19:00:00Z");
  private static final List<String> NODES = List.of("N1", "N2", "N3", "N4", "N5");
  private static SurplusForecast year;

  @BeforeAll
  static void generate() {
    year = SyntheticForecast.generate(7, NODES, JANUARY_FIRST, 8760);
  }

  @Test
  void generate_shouldBeReproducibleFromTheSeed() {
    SurplusForecast again = SyntheticForecast.generate(7, NODES, JANUARY_FIRST, 8760);
    SurplusForecast other = SyntheticForecast.generate(8, NODES, JANUARY_FIRST, 8760);

    for (String node : NODES) {
      assertThat(again.series(node, 0, 8760)).isEqualTo(year.series(node, 0, 8760));
      assertThat(other.series(node, 0, 8760)).isNotEqualTo(year.series(node, 0, 8760));
    }
  }

  @Test
  void generate_shouldReleaseMoreInJanuaryThanInJuly() {
    double january = meanMw(0, 31 * 24);
    int julyStart = (31 + 28 + 31 + 30 + 31 + 30) * 24;

    assertThat(january).isGreaterThan(1.5 * meanMw(julyStart, julyStart + 31 * 24));
  }

  @Test
  void generate_shouldDipAtTheEveningPeak() {
    double[] byHour = meanByLocalHour();
    double evening = Math.min(Math.min(byHour[18], byHour[19]), Math.min(byHour[20], byHour[21]));
    double afternoon = (byHour[14] + byHour[15] + byHour[16]) / 3;
    double night = (byHour[23] + byHour[0]) / 2;

    assertThat(evening).isLessThan(afternoon).isLessThan(night);
  }

  @Test
  void generate_shouldDipAtMiddayAgainstTheSameModelWithoutTheDip() {
    SurplusModel flat =
        new SurplusModel(2000, 1.30, 0.65, 0.0, 13, 1.5, 4, 0.6, ZoneOffset.ofHours(5));
    SurplusForecast noDip =
        SyntheticForecast.generate(7, NODES, JANUARY_FIRST, 8760, flat, ShapeTables.shipped());

    assertThat(total(year, 13 + 24 * 10)).isLessThan((long) (0.9 * total(noDip, 13 + 24 * 10)));
    assertThat(total(year, 3 + 24 * 10)).isCloseTo(total(noDip, 3 + 24 * 10), within(5L));
  }

  @Test
  void generate_shouldNeverExceedTheProgramCapacity() {
    for (int h = 0; h < year.hours(); h++) {
      assertThat(total(year, h)).isLessThanOrEqualTo(2_000_000L);
    }
  }

  @Test
  void generate_shouldContainOutagesWhereANodeCollapses() {
    int collapsed = 0;
    for (String node : NODES) {
      for (int h = 24; h < year.hours() - 24; h++) {
        long around = Math.min(year.kilowatts(node, h - 24), year.kilowatts(node, h + 24));
        collapsed += around > 100_000 && year.kilowatts(node, h) < around / 10 ? 1 : 0;
      }
    }
    assertThat(collapsed).isGreaterThan(10);
  }

  private static double meanMw(int from, int to) {
    double sum = 0;
    for (String node : NODES) {
      sum += year.meanKilowatts(node, from, to) / 1000;
    }
    return sum;
  }

  private static double[] meanByLocalHour() {
    double[] sum = new double[24];
    for (int h = 0; h < year.hours(); h++) {
      ZonedDateTime local = JANUARY_FIRST.plusSeconds(3600L * h).atZone(ZoneOffset.ofHours(5));
      sum[local.getHour()] += total(year, h) / 365.0;
    }
    return sum;
  }

  private static long total(SurplusForecast forecast, int hour) {
    return NODES.stream().mapToLong(n -> forecast.kilowatts(n, hour)).sum();
  }
}
