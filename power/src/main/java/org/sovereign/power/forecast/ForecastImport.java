package org.sovereign.power.forecast;

import java.time.Duration;
import java.util.List;

/** The result of reading a forecast file: the forecast, or every problem found (in line order). */
public sealed interface ForecastImport {

  /** The file was valid; {@code resolution} is the step it was written in (1 h or 15 min). */
  record Imported(SurplusForecast forecast, Duration resolution, int rows)
      implements ForecastImport {}

  /** The file was refused; nothing of it was used. */
  record Rejected(List<ImportError> errors) implements ForecastImport {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
