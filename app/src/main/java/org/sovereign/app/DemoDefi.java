package org.sovereign.app;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.testchain.AnvilNode;
import org.sovereign.supervision.defi.testchain.Artifacts;
import org.sovereign.supervision.defi.testchain.DefiScenario;
import org.sovereign.supervision.defi.testchain.EvmHome;
import org.sovereign.supervision.defi.testchain.EvmRpc;
import org.sovereign.supervision.defi.testchain.ScenarioDeclaration;
import org.sovereign.supervision.defi.testchain.StepResult;
import org.sovereign.supervision.register.Application;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.TransitionRequest;
import org.sovereign.supervision.register.VaspEntry;

/**
 * The demo's DeFi platform, when the repository's node tooling is installed ({@code
 * bin/evm-setup}): a fresh anvil on every start, the scripted platform deployed on it (tokens, a
 * Uniswap V2 pool, an oracle, an upgradeable treasury), ordinary trading, then the incident (proxy
 * upgrade, minter role to an outsider, oracle crash, mint-and-dump, proceeds to an OFAC-listed
 * address, pause). The licensed platform "Indus Swap" declares its contracts; the monitor follows
 * the chain once the server runs and raises the alerts. Without anvil nothing happens here and the
 * DeFi page says how to connect a node.
 */
public final class DemoDefi {
  static final String NAME = "Indus Swap DAO LLC";
  private static final Logger LOG = LoggerFactory.getLogger(DemoDefi.class);
  private static final Actor SUPERVISOR = new Actor("system:demo");
  private static final Actor CHECKER = new Actor("system:demo-checker");
  private static final Actor PLATFORM = new Actor("demo:indus-swap-reporter");
  private static final int BENIGN_ACTIONS = 2_000;

  private DemoDefi() {}

  /** Starts the demo chain and declares the platform; empty when anvil is not installed. */
  public static Optional<String> start(SovereignRuntime runtime, Path from) {
    Optional<AnvilNode> started = AnvilNode.startIfInstalled(from);
    if (started.isEmpty()) {
      LOG.info("DeFi demo: anvil not installed (bin/evm-setup); the DeFi page explains");
      return Optional.empty();
    }
    AnvilNode node = started.get();
    runtime.closeWith(node);
    try (EvmRpc rpc = EvmRpc.connect(node.rpcUrl())) {
      DefiScenario scenario = DefiScenario.deploy(rpc, new Artifacts(EvmHome.require(from)));
      List<StepResult> setup = scenario.setupSteps();
      scenario.benignActivity(BENIGN_ACTIONS);
      scenario.incident();
      rpc.mine();
      declare(runtime.services(), scenario, node.rpcUrl(), setup.getLast().lastBlock());
      LOG.info(
          "DeFi demo: anvil at {} with the Indus Swap platform and its incident", node.rpcUrl());
      return Optional.of(node.rpcUrl());
    }
  }

  private static void declare(
      PlatformServices services, DefiScenario scenario, String rpcUrl, long baseline) {
    Register register =
        new Register(services.tx(), services.audit(), services.clock(), services.organisations());
    OrgId org = platform(register, services);
    DefiPlatforms platforms =
        new DefiPlatforms(services.tx(), services.audit(), services.clock(), register);
    var manifest = scenario.manifest();
    platforms.declareChain(
        SUPERVISOR, ScenarioDeclaration.chain(manifest, "anvil-demo", rpcUrl, 1));
    platforms.declare(PLATFORM, org, ScenarioDeclaration.platform(manifest, baseline));
  }

  /** The licensed DeFi platform, registered on the first demo start. */
  private static OrgId platform(Register register, PlatformServices services) {
    Optional<VaspEntry> known =
        register.all().stream().filter(e -> e.legalName().equals(NAME)).findFirst();
    if (known.isPresent()) {
      return known.get().orgId();
    }
    YearMonth now = YearMonth.from(services.clock().instant().atZone(ZoneOffset.UTC));
    VaspEntry entry =
        register.apply(
            SUPERVISOR,
            new Application(
                NAME,
                "SECP-DEFI-0042",
                null,
                "defi",
                List.of("Automated market maker", "Protocol treasury"),
                null,
                now.minusMonths(3).atDay(1).toString(),
                "Protocol operations",
                "ops@indus-swap.example",
                null));
    for (String to : List.of("under-review", "licensed")) {
      var proposed =
          register.propose(
              SUPERVISOR,
              entry.orgId(),
              new TransitionRequest(
                  to,
                  "Demo: review complete",
                  to.equals("licensed")
                      ? "Declare every contract and admin key; keep the pause guardian reachable"
                      : null,
                  now.minusMonths(2).atDay(1).toString()));
      register.approve(CHECKER, proposed.id(), null);
    }
    return entry.orgId();
  }
}
