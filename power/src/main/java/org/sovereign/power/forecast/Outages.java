package org.sovereign.power.forecast;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Random outages of one node: a Poisson number of events over the horizon, each starting at a
 * uniform hour, lasting 2 to 10 hours at 0 to 5% of the normal surplus, then recovering linearly
 * over four hours (the shape of the island-wide collapse in the Sri Lanka series on 9 December
 * 2023: down to about 1% of normal within the hour, back over four to five hours).
 */
final class Outages {
  private static final int RECOVERY_HOURS = 4;

  private Outages() {}

  static double[] factors(SplittableRandom random, int hours, double perYear) {
    double[] factor = new double[hours];
    Arrays.fill(factor, 1.0);
    int events = poisson(random, perYear * hours / 8760.0);
    for (int e = 0; e < events; e++) {
      int start = random.nextInt(hours);
      int length = 2 + random.nextInt(9);
      double depth = 0.05 * random.nextDouble();
      for (int t = start; t < Math.min(hours, start + length + RECOVERY_HOURS); t++) {
        int intoRecovery = t - start - length + 1;
        double level =
            intoRecovery <= 0 ? depth : depth + (1 - depth) * intoRecovery / (RECOVERY_HOURS + 1);
        factor[t] = Math.min(factor[t], level);
      }
    }
    return factor;
  }

  private static int poisson(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
