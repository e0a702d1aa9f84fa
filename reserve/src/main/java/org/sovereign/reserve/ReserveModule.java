package org.sovereign.reserve;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sovereign.base.Network;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.NavItem;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.reserve.vault.Holdings;
import org.sovereign.reserve.vault.Vaults;
import org.sovereign.reserve.web.ReserveRoutes;

/** The reserve pillar as the platform sees it: its schema, its console section and its routes. */
public final class ReserveModule implements PillarModule {
  public static final org.sovereign.platform.web.Access READERS = ReserveRoutes.READERS;

  private final Supplier<Network> network;
  private final Supplier<Optional<ChainWatch>> chain;

  /**
   * The network and the chain index are read when routes are registered (after the chain starts).
   */
  public ReserveModule(Supplier<Network> network, Supplier<Optional<ChainWatch>> chain) {
    this.network = network;
    this.chain = chain;
  }

  /** A reserve with no chain followed (vaults can be registered; balances show once a chain is). */
  public ReserveModule() {
    this(() -> Network.MAIN, Optional::empty);
  }

  @Override
  public String id() {
    return "reserve";
  }

  @Override
  public List<NavItem> nav() {
    return List.of(new NavItem("reserve", "nav.reserve", "/reserve", READERS));
  }

  @Override
  public void registerRoutes(WebRoutes routes, Pages pages, PlatformServices services) {
    Vaults vaults =
        new Vaults(services.tx(), services.audit(), services.clock(), network.get(), chain);
    vaults.watchAll();
    new ReserveRoutes(vaults, new Holdings(chain), pages).register(routes);
  }
}
