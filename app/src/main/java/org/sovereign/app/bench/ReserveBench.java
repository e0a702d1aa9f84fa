package org.sovereign.app.bench;

import fr.acinq.bitcoin.DeterministicWallet;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.app.ChainAccess;
import org.sovereign.app.Pillars;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.base.Network;
import org.sovereign.base.Sats;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.reserve.ledger.AccountingReport;
import org.sovereign.reserve.ledger.Ledger;
import org.sovereign.reserve.ledger.Prices;
import org.sovereign.reserve.vault.Custodian;
import org.sovereign.reserve.vault.Holdings;
import org.sovereign.reserve.vault.NewVault;
import org.sovereign.reserve.vault.Vault;

/**
 * The reserve's benchmarks on a throwaway embedded PostgreSQL: reconciling many vaults (each
 * watched to a gap limit) against the chain index, and the full accounts over many lots.
 */
public final class ReserveBench {
  private ReserveBench() {}

  public static void run(PrintWriter out, Path dataDir, int vaultCount, int gap, int lots) {
    RegtestChain chain = new RegtestChain();
    RegtestWallet payer = new RegtestWallet(chain, "bench-payer");
    payer.fund(vaultCount / 5 + 2);
    ChainAccess access = new ChainAccess();
    SovereignConfig config = SovereignConfig.defaults().withHttpPort(0).withDataDirectory(dataDir);
    try (SovereignRuntime runtime =
        SovereignRuntime.open(config, Pillars.all(access), Clock.systemUTC(), access)) {
      runtime.startChain(new RegtestSource(chain), Network.REGTEST, "bench", Duration.ofHours(1));
      long t0 = System.nanoTime();
      List<Vault> vaults = new ArrayList<>();
      for (int v = 0; v < vaultCount; v++) {
        vaults.add(runtime.vaults().create(Actor.SYSTEM, vault(v, gap)));
      }
      double setup = (System.nanoTime() - t0) / 1e9;
      int payments = 0;
      for (Vault vault : vaults) {
        Descriptor receive = Descriptor.parse(vault.receiveDescriptor(), Network.REGTEST);
        for (int i = 0; i < 10; i++) {
          payer.pay(receive.scriptPubKeys(i * (gap / 10)).getFirst(), 100_000L + i);
          payments++;
          chain.mine(1, payer.script());
        }
      }
      runtime.chainFollower().syncOnce();
      Holdings holdings = new Holdings(access::watch);
      double best = Double.MAX_VALUE;
      long total = 0;
      for (int round = 0; round < 5; round++) {
        long start = System.nanoTime();
        total = 0;
        for (Vault vault : vaults) {
          total += holdings.of(vault).orElseThrow().confirmed().value();
        }
        best = Math.min(best, (System.nanoTime() - start) / 1e6);
      }
      long anchorStart = System.nanoTime();
      long rows =
          runtime
              .services()
              .tx()
              .read(
                  h ->
                      h.createQuery(
                              "SELECT count(*) FROM chain.outputs o JOIN chain.watched_scripts w ON w.script = o.script")
                          .mapTo(Long.class)
                          .one());
      double anchor = (System.nanoTime() - anchorStart) / 1e6;
      out.printf(
          "setup: %d vaults x 2 branches x %d scripts derived and watched in %.1f s (%,.0f scripts/s)%n",
          vaultCount, gap, setup, vaultCount * 2.0 * gap / setup);
      out.printf(
          "%-60s %10.1f ms  (goal <= 1000 ms: %s)%n",
          "reconcile "
              + vaultCount
              + " vaults, "
              + payments
              + " coins, total "
              + Sats.of(total).toBtcString()
              + " BTC",
          best,
          best <= 1000 ? "met" : "NOT met");
      out.printf(
          "%-60s %10.1f ms%n",
          "anchor: one join of all " + rows + " indexed outputs with their scripts", anchor);

      insertLots(runtime, vaults.getFirst().id(), lots);
      Ledger ledger =
          new Ledger(
              runtime.services().tx(),
              runtime.services().audit(),
              Clock.systemUTC(),
              runtime.vaults(),
              new Prices(runtime.services().tx(), runtime.services().audit()),
              access::watch);
      long start = System.nanoTime();
      AccountingReport report =
          AccountingReport.of(
              java.time.LocalDate.now(),
              java.time.LocalDate.now().withDayOfYear(1),
              java.time.LocalDate.now(),
              ledger.datedLots(),
              null,
              null);
      int csvBytes = report.toCsv().length();
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          "%-60s %10.2f s  (goal <= 60 s: %s; %d holding lines, %d CSV bytes)%n",
          "accounts over " + String.format("%,d", lots) + " lots (page data + CSV)",
          seconds,
          seconds <= 60 ? "met" : "NOT met",
          report.holdings().size(),
          csvBytes);
      out.flush();
    }
  }

  private static NewVault vault(int v, int gap) {
    List<String> keys = new ArrayList<>();
    List<Custodian> custodians = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      var master =
          DeterministicWallet.generate(
              ("bench vault " + v + " key " + k).getBytes(StandardCharsets.UTF_8));
      String fp =
          String.format(
              "%08x",
              DeterministicWallet.fingerprint(DeterministicWallet.publicKey(master)) & 0xffffffffL);
      var account = DeterministicWallet.derivePrivateKey(master, "m/48'/1'/0'/2'");
      keys.add(
          "["
              + fp
              + "/48h/1h/0h/2h]"
              + DeterministicWallet.encode(
                  DeterministicWallet.publicKey(account), DeterministicWallet.tpub)
              + "/<0;1>/*");
      custodians.add(new Custodian("Custodian " + k, fp, "bench"));
    }
    return new NewVault(
        "Bench vault " + v,
        "benchmark",
        "wsh(sortedmulti(2," + String.join(",", keys) + "))",
        2,
        gap,
        custodians,
        null);
  }

  private static void insertLots(SovereignRuntime runtime, long vaultId, int lots) {
    runtime
        .services()
        .tx()
        .useTransaction(
            h -> {
              var batch =
                  h.prepareBatch(
                      "INSERT INTO reserve.lots (vault_id, txid, vout, value_sat, height, recorded_at, classification, details, cost_usd_minor, cost_pkr_minor)"
                          + " VALUES (:v, :t, :o, :s, :h, now(), :c, :d, :u, :p)");
              String[] kinds = {"PURCHASE", "SEIZURE", "MINING", "UNCLASSIFIED"};
              for (int i = 0; i < lots; i++) {
                byte[] txid = java.nio.ByteBuffer.allocate(32).putLong(0x5eed0000L + i).array();
                String kind = kinds[i % 4];
                batch
                    .bind("v", vaultId)
                    .bind("t", txid)
                    .bind("o", i % 3)
                    .bind("s", 10_000L + i)
                    .bind("h", 1 + i % 200)
                    .bind("c", kind)
                    .bind(
                        "d",
                        kind.equals("UNCLASSIFIED")
                            ? null
                            : "{\"acquired_on\":\"2025-0" + (1 + i % 9) + "-15\"}")
                    .bind("u", kind.equals("UNCLASSIFIED") ? null : 1_000L + i)
                    .bind("p", kind.equals("UNCLASSIFIED") ? null : 281_000L + i)
                    .add();
              }
              batch.execute();
            });
  }
}
