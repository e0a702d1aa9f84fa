package org.sovereign.power.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShapeTablesTest {

  @Test
  void shipped_shouldMatchARecalibrationFromTheErcotSeries() throws IOException {
    ShapeTables recomputed = ShapeCalibration.fromErcot(PowerFixtures.file(PowerFixtures.ERCOT));
    ShapeTables shipped = ShapeTables.shipped();

    assertThat(shipped.winterHours()).containsExactly(recomputed.winterHours(), within(1e-4));
    assertThat(shipped.summerHours()).containsExactly(recomputed.summerHours(), within(1e-4));
    assertThat(shipped.weekDays()).containsExactly(recomputed.weekDays(), within(1e-4));
    assertThat(shipped.seasonalAmplitude()).isCloseTo(recomputed.seasonalAmplitude(), within(1e-4));
    assertThat(shipped.residualPhi()).isCloseTo(recomputed.residualPhi(), within(1e-4));
    assertThat(shipped.residualSigma()).isCloseTo(recomputed.residualSigma(), within(1e-4));
  }

  @Test
  void shipped_shouldPeakInTheEveningInWinterLikeTheSriLankaSeries() throws IOException {
    // The shipped shape is Texan (public domain); the South-Asian series may only be used in
    // tests. Both put the evening peak of winter demand between 18:00 and 21:00 local time.
    Path sriLanka = PowerFixtures.file(PowerFixtures.SRI_LANKA);
    List<ShapeCalibration.Point> points =
        ShapeCalibration.read(sriLanka, ZoneOffset.UTC, ZoneOffset.UTC);
    double[] southAsia = ShapeCalibration.hourProfile(points, 12, 1, 2);

    assertThat(eveningPeak(southAsia)).isBetween(18, 21);
    assertThat(eveningPeak(ShapeTables.shipped().winterHours())).isBetween(18, 21);
  }

  @Test
  void sriLankaSeries_shouldShowTheCollapseTheOutageModelCopies() throws IOException {
    List<ShapeCalibration.Point> points =
        ShapeCalibration.read(
            PowerFixtures.file(PowerFixtures.SRI_LANKA), ZoneOffset.UTC, ZoneOffset.UTC);
    double median =
        points.stream()
            .mapToDouble(ShapeCalibration.Point::megawatts)
            .sorted()
            .toArray()[points.size() / 2];
    ShapeCalibration.Point lowest =
        points.stream().min(Comparator.comparingDouble(ShapeCalibration.Point::megawatts)).get();

    assertThat(lowest.megawatts() / median).isLessThan(0.02);
    assertThat(lowest.local().toLocalDate()).hasToString("2023-12-09");
  }

  @Test
  void toProperties_shouldRoundTripThroughTheResourceFormat() {
    ShapeTables shipped = ShapeTables.shipped();

    assertThat(shipped.toProperties()).contains("seasonal.amplitude=0.16");
    assertThat(shipped.seasonalAmplitude()).isBetween(0.05, 0.3);
  }

  private static int eveningPeak(double[] profile) {
    return IntStream.range(15, 24).boxed().max(Comparator.comparingDouble(h -> profile[h])).get();
  }
}
