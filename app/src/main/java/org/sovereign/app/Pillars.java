package org.sovereign.app;

import java.util.List;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.power.PowerModule;
import org.sovereign.reserve.ReserveModule;
import org.sovereign.supervision.SupervisionModule;
import org.sovereign.supervision.aml.Watchlist;

/** The pillars this build ships, in the order their schemas migrate and their sections show. */
public final class Pillars {
  private Pillars() {}

  public static List<PillarModule> all() {
    return all(new ChainAccess());
  }

  /** The pillars, with the chain index they read through {@code chain} once it is started. */
  public static List<PillarModule> all(ChainAccess chain) {
    return all(chain, Watchlist.EMPTY);
  }

  /** The pillars, with supervision screening addresses against {@code watchlist}. */
  public static List<PillarModule> all(ChainAccess chain, Watchlist watchlist) {
    ReserveModule reserve = new ReserveModule(chain::network, chain::watch, chain::source);
    return List.of(
        reserve,
        new PowerModule(reserve::miningRevenue),
        new SupervisionModule(chain::network, chain::watch, watchlist));
  }
}
