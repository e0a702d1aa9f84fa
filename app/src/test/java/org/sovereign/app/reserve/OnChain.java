package org.sovereign.app.reserve;

import java.time.Duration;
import java.util.List;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.base.Network;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.platform.audit.Actor;
import org.sovereign.reserve.vault.Custodian;
import org.sovereign.reserve.vault.NewVault;

/** Test setup shared by the reserve tests: follow a simulator chain, register vaults on it. */
final class OnChain {
  private OnChain() {}

  static void follow(SovereignRuntime runtime, RegtestChain chain) {
    runtime.startChain(
        new RegtestSource(chain), Network.REGTEST, "test regtest", Duration.ofHours(1));
  }

  /** Registers a vault whose coins may predate it (the index rescans from height 0). */
  static long vault(
      SovereignRuntime runtime,
      String name,
      String descriptor,
      int quorum,
      List<Custodian> custodians) {
    return runtime
        .vaults()
        .create(Actor.SYSTEM, new NewVault(name, "reserve", descriptor, quorum, 20, custodians, 0))
        .id();
  }
}
