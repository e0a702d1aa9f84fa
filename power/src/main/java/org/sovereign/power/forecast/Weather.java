package org.sovereign.power.forecast;

import java.util.SplittableRandom;

/** An AR(1) log-residual series with the persistence and innovations of the shape tables. */
final class Weather {
  private Weather() {}

  static double[] series(SplittableRandom random, int hours, ShapeTables tables) {
    double phi = tables.residualPhi();
    double sigma = tables.residualSigma();
    double[] r = new double[hours];
    double previous = random.nextGaussian() * sigma / Math.sqrt(1 - phi * phi);
    for (int t = 0; t < hours; t++) {
      previous = phi * previous + sigma * random.nextGaussian();
      r[t] = previous;
    }
    return r;
  }
}
