package org.sovereign.app;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.app.chain.DemoCustodians;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.reserve.ledger.Prices;
import org.sovereign.reserve.vault.NewVault;
import org.sovereign.reserve.vault.Vault;
import org.sovereign.reserve.vault.Vaults;

/**
 * Seed data for the demo: one user per role and the organisations of the demo network. Seeding runs
 * once; a restart keeps what the demo changed.
 */
public final class DemoData {
  private static final Actor DEMO = new Actor("system:demo");
  private static final Map<String, Role> USERS = new LinkedHashMap<>();

  static {
    USERS.put("officer", Role.RESERVE_OFFICER);
    USERS.put("approver", Role.RESERVE_APPROVER);
    USERS.put("approver2", Role.RESERVE_APPROVER);
    USERS.put("supervisor", Role.SUPERVISOR);
    USERS.put("supervisor2", Role.SUPERVISOR);
    USERS.put("analyst", Role.ANALYST);
    USERS.put("grid", Role.GRID_OPERATOR);
    USERS.put("auditor", Role.AUDITOR);
  }

  private DemoData() {}

  /**
   * Seeds on the first demo start, with the chain (already followed) for the supervision data;
   * returns the demo users' one-time passwords, or nothing.
   */
  public static Map<String, String> seed(SovereignRuntime runtime) {
    boolean first = runtime.services().accounts().byUsername("officer").isEmpty();
    Map<String, String> passwords = seed(runtime.services(), runtime.vaults());
    if (first) {
      DemoSupervision.seed(runtime.services(), runtime.chain(), runtime.watchlist());
      if (runtime.chainFollower() != null) {
        runtime.chainFollower().syncOnce();
      }
    }
    return passwords;
  }

  /** Seeds on the first demo start; returns the demo users' one-time passwords, or nothing. */
  public static Map<String, String> seed(PlatformServices services, Vaults reserve) {
    Map<String, String> passwords = new LinkedHashMap<>();
    if (services.accounts().byUsername("officer").isPresent()) {
      return passwords;
    }
    USERS.forEach(
        (username, role) -> {
          var created = services.accounts().create(DEMO, username, title(role), EnumSet.of(role));
          passwords.put(username, created.oneTimePassword());
        });
    DemoPower.seed(services);
    if (reserve != null) {
      DemoCustodians custodians = new DemoCustodians();
      Vault vault =
          reserve.create(
              DEMO,
              new NewVault(
                  "Strategic Reserve Cold 1",
                  "Long-term cold storage of the Strategic Bitcoin Reserve (never sold)",
                  custodians.descriptor(),
                  2,
                  20,
                  custodians.custodians(),
                  0));
      for (String label :
          List.of(
              "OTC purchase, tranche 1",
              "Seizure, case FIA-2025-114",
              "Mining revenue, Port Qasim")) {
        reserve.issueReceiveAddress(DEMO, vault.id(), label);
      }
      DemoCustodians second = new DemoCustodians(1);
      Vault deep =
          reserve.create(
              DEMO,
              new NewVault(
                  "Strategic Reserve Cold 2",
                  "Second cold vault, other sites: rebalancing target (never sold)",
                  second.descriptor(),
                  2,
                  20,
                  second.custodians(),
                  0));
      reserve.issueReceiveAddress(DEMO, deep.id(), "Rebalancing from Cold 1");
      seedPrices(services);
    }
    return passwords;
  }

  /** An illustrative monthly BTC/USD and USD/PKR series (not market data) for the valuation. */
  private static void seedPrices(PlatformServices services) {
    try (var in = DemoData.class.getResourceAsStream("/demo/prices.csv")) {
      new Prices(services.tx(), services.audit())
          .importCsv(
              DEMO,
              new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
              "demo (illustrative)");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String title(Role role) {
    String slug = role.slug().replace('-', ' ');
    return "Demo " + slug;
  }
}
