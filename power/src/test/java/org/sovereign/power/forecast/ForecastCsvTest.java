package org.sovereign.power.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sovereign.power.forecast.ImportError.Problem;

class ForecastCsvTest {
  private static final Set<String> NODES = Set.of("N1", "N2");

  @Test
  void parse_shouldReadAnHourlyFileInKilowatts() {
    ForecastImport result =
        ForecastCsv.parse(
            """
            node,time,mw
            N1,2026-01-01T00:00:00Z,100.5
            N1,2026-01-01T01:00:00Z,90
            N2,2026-01-01T05:00:00+05:00,12.345
            N2,2026-01-01T06:00:00+05:00,0
            """,
            NODES);

    SurplusForecast forecast = imported(result).forecast();
    assertThat(forecast.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(forecast.hours()).isEqualTo(2);
    assertThat(forecast.series("N1", 0, 2)).containsExactly(100_500, 90_000);
    assertThat(forecast.series("N2", 0, 2)).containsExactly(12_345, 0);
    assertThat(imported(result).resolution()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void parse_shouldAverageQuarterHoursIntoHours() {
    StringBuilder csv = new StringBuilder("node,time,mw\n");
    String[] quarters = {"00", "15", "30", "45"};
    double[] mw = {10, 20, 30, 41};
    for (int h = 0; h < 2; h++) {
      for (int q = 0; q < 4; q++) {
        csv.append("N1,2026-01-01T0").append(h).append(':').append(quarters[q]).append(":00Z,");
        csv.append(mw[q] + h).append('\n');
      }
    }

    ForecastImport.Imported result = imported(ForecastCsv.parse(csv.toString(), Set.of("N1")));

    assertThat(result.forecast().series("N1", 0, 2)).containsExactly(25_250, 26_250);
    assertThat(result.resolution()).isEqualTo(Duration.ofMinutes(15));
    assertThat(result.rows()).isEqualTo(8);
  }

  @Test
  void parse_shouldNameTheLineAndFieldOfANegativeValue() {
    List<ImportError> errors =
        rejected("node,time,mw\nN1,2026-01-01T00:00:00Z,5\nN1,2026-01-01T01:00:00Z,-3\n");

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.field()).isEqualTo("mw");
              assertThat(e.problem()).isEqualTo(Problem.NEGATIVE);
              assertThat(e.message()).contains("-3");
            });
  }

  @Test
  void parse_shouldRejectAGapNamingTheMissingHours() {
    List<ImportError> errors =
        rejected("node,time,mw\nN1,2026-01-01T00:00:00Z,5\nN1,2026-01-01T03:00:00Z,5\n");

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.GAP);
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.message()).contains("2026-01-01T01:00:00Z", "2026-01-01T02:00:00Z");
            });
  }

  @Test
  void parse_shouldRejectADuplicateNamingTheEarlierLine() {
    List<ImportError> errors =
        rejected(
            "node,time,mw\nN1,2026-01-01T00:00:00Z,5\nN1,2026-01-01T01:00:00Z,5\n"
                + "N1,2026-01-01T01:00:00Z,6\n");

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.DUPLICATE);
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.message()).contains("line 3");
            });
  }

  @Test
  void parse_shouldRejectAnUnknownNode() {
    List<ImportError> errors = rejected("node,time,mw\nN9,2026-01-01T00:00:00Z,5\n");

    assertThat(errors)
        .extracting(ImportError::line, ImportError::field, ImportError::problem)
        .contains(org.assertj.core.groups.Tuple.tuple(2, "node", Problem.UNKNOWN_NODE));
  }

  @Test
  void parse_shouldRejectTimesGoingBackwards() {
    List<ImportError> errors =
        rejected(
            "node,time,mw\nN1,2026-01-01T01:00:00Z,5\nN1,2026-01-01T02:00:00Z,5\n"
                + "N1,2026-01-01T00:00:00Z,5\n");

    assertThat(errors)
        .extracting(ImportError::line, ImportError::problem)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4, Problem.NOT_MONOTONIC));
  }

  @Test
  void parse_shouldRejectBadFieldsEachWithItsField() {
    List<ImportError> errors =
        rejected(
            "node,time,mw\nN1,yesterday,5\nN1,2026-01-01T00:00:00Z,lots\n"
                + "N1,2026-01-01T00:00:00Z,1.2345\nN1,2026-01-01T00:00:00Z\n");

    assertThat(errors)
        .extracting(ImportError::line, ImportError::field, ImportError::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "time", Problem.BAD_TIME),
            org.assertj.core.groups.Tuple.tuple(3, "mw", Problem.BAD_NUMBER),
            org.assertj.core.groups.Tuple.tuple(4, "mw", Problem.BAD_NUMBER),
            org.assertj.core.groups.Tuple.tuple(5, "line", Problem.COLUMNS));
  }

  @Test
  void parse_shouldRejectNodesWithDifferentSpansOrSteps() {
    List<ImportError> spans =
        rejected(
            "node,time,mw\nN1,2026-01-01T00:00:00Z,5\nN1,2026-01-01T01:00:00Z,5\n"
                + "N2,2026-01-01T00:00:00Z,5\n");
    List<ImportError> steps =
        rejected(
            "node,time,mw\nN1,2026-01-01T00:00:00Z,5\nN1,2026-01-01T01:00:00Z,5\n"
                + "N2,2026-01-01T00:00:00Z,5\nN2,2026-01-01T00:15:00Z,5\n");

    assertThat(spans).extracting(ImportError::problem).containsExactly(Problem.SPAN);
    assertThat(steps).extracting(ImportError::problem).containsExactly(Problem.RESOLUTION);
  }

  @Test
  void parse_shouldRejectAMissingHeaderAndAnEmptyFile() {
    assertThat(rejected("N1,2026-01-01T00:00:00Z,5\n"))
        .extracting(ImportError::problem)
        .containsExactly(Problem.HEADER);
    assertThat(rejected("node,time,mw\n"))
        .extracting(ImportError::problem)
        .containsExactly(Problem.EMPTY);
  }

  private static ForecastImport.Imported imported(ForecastImport result) {
    assertThat(result).isInstanceOf(ForecastImport.Imported.class);
    return (ForecastImport.Imported) result;
  }

  private static List<ImportError> rejected(String csv) {
    ForecastImport result = ForecastCsv.parse(csv, NODES);
    assertThat(result).isInstanceOf(ForecastImport.Rejected.class);
    return ((ForecastImport.Rejected) result).errors();
  }
}
