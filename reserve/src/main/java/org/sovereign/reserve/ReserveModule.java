package org.sovereign.reserve;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sovereign.base.Network;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.platform.module.MiningRevenue;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.module.StatusBoard;
import org.sovereign.platform.web.NavItem;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.reserve.ledger.Ledger;
import org.sovereign.reserve.ledger.LedgerMiningRevenue;
import org.sovereign.reserve.ledger.LotKind;
import org.sovereign.reserve.ledger.Prices;
import org.sovereign.reserve.proof.Attestations;
import org.sovereign.reserve.spend.Spending;
import org.sovereign.reserve.vault.Holdings;
import org.sovereign.reserve.vault.Vaults;
import org.sovereign.reserve.web.LedgerRoutes;
import org.sovereign.reserve.web.ProofRoutes;
import org.sovereign.reserve.web.ReserveRoutes;
import org.sovereign.reserve.web.SpendRoutes;

/** The reserve pillar as the platform sees it: its schema, its console section and its routes. */
public final class ReserveModule implements PillarModule {
  public static final org.sovereign.platform.web.Access READERS = ReserveRoutes.READERS;

  private final Supplier<Network> network;
  private final Supplier<Optional<ChainWatch>> chain;
  private final Supplier<Optional<ChainSource>> source;
  private volatile Ledger ledger;

  /**
   * The network and the chain index are read when routes are registered (after the chain starts).
   */
  public ReserveModule(
      Supplier<Network> network,
      Supplier<Optional<ChainWatch>> chain,
      Supplier<Optional<ChainSource>> source) {
    this.network = network;
    this.chain = chain;
    this.source = source;
  }

  /** A reserve with no chain followed (vaults can be registered; balances show once a chain is). */
  public ReserveModule() {
    this(() -> Network.MAIN, Optional::empty, Optional::empty);
  }

  private MiningRevenue miningRevenue = MiningRevenue.NONE;

  /** The ledger's mining revenue for the power pillar (through the platform's interface). */
  public MiningRevenue miningRevenue() {
    return miningRevenue;
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
    Prices prices = new Prices(services.tx(), services.audit());
    ledger = new Ledger(services.tx(), services.audit(), services.clock(), vaults, prices, chain);
    ledger.refresh();
    miningRevenue = new LedgerMiningRevenue(services.tx());
    new ReserveRoutes(vaults, new Holdings(chain), pages).register(routes);
    new LedgerRoutes(ledger, prices, pages, services.clock()).register(routes);
    new ProofRoutes(
            new Attestations(
                services.tx(), services.audit(), services.clock(), vaults, chain, source),
            pages)
        .register(routes);
    new SpendRoutes(
            new Spending(services.tx(), services.audit(), services.clock(), vaults, chain, source),
            vaults,
            pages)
        .register(routes);
    services.status().register(this::facts);
  }

  private List<StatusBoard.Fact> facts() {
    long unclassified =
        ledger.lots().stream().filter(l -> l.kind() == LotKind.UNCLASSIFIED).count();
    return List.of(
        new StatusBoard.Fact("status.reserve.unclassified", Long.toString(unclassified)));
  }

  @Override
  public void onChainSynced() {
    if (ledger != null) {
      ledger.refresh();
    }
  }
}
