package org.sovereign.supervision.aml;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sovereign.base.Network;
import org.sovereign.base.OrgId;
import org.sovereign.chain.bip322.Address;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.index.IndexedOutput;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.aml.cases.AlertDraft;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.reserves.Declaration;
import org.sovereign.supervision.reserves.Declarations;
import org.sovereign.supervision.reserves.DescriptorBranches;

/**
 * On-chain transfers that touch watched addresses: the sanctioned Bitcoin addresses are watched on
 * the chain index next to the VASPs' declared ones; after each sync, a transaction that spends a
 * sanctioned coin into a VASP address (a deposit from a sanctioned address), or spends a VASP coin
 * to a sanctioned address, raises an alert once.
 */
public final class ChainExposure {
  private final Tx tx;
  private final Clock clock;
  private final Cases cases;
  private final Declarations declarations;
  private final Supplier<Optional<ChainWatch>> chain;
  private final Supplier<Network> network;
  private final Watchlist watchlist;

  public ChainExposure(
      Tx tx,
      Clock clock,
      Cases cases,
      Declarations declarations,
      Supplier<Optional<ChainWatch>> chain,
      Supplier<Network> network,
      Watchlist watchlist) {
    this.tx = tx;
    this.clock = clock;
    this.cases = cases;
    this.declarations = declarations;
    this.chain = chain;
    this.network = network;
    this.watchlist = watchlist;
  }

  /** Watches every listed Bitcoin address valid on the followed network; returns how many. */
  public int watchSanctioned() {
    Optional<ChainWatch> watch = chain.get();
    if (watch.isEmpty()) {
      return 0;
    }
    int watched = 0;
    for (String address : sanctionedOnNetwork()) {
      watch.get().watchDescriptor("addr(" + address + ")", "sanctioned", 1);
      watched++;
    }
    return watched;
  }

  /**
   * Watches the counterparty addresses VASPs reported (valid on the followed network); when new
   * ones were added the index is rewound so their history is scanned. Returns how many are new.
   */
  public int watchCounterparties() {
    Optional<ChainWatch> watch = chain.get();
    if (watch.isEmpty()) {
      return 0;
    }
    List<String> fresh =
        tx.inTransaction(
            h -> {
              List<String> reported =
                  h.createQuery(
                          "SELECT DISTINCT counterparty_address FROM transfers WHERE counterparty_address IS NOT NULL"
                              + " AND counterparty_address NOT IN (SELECT address FROM watched_counterparties)")
                      .mapTo(String.class)
                      .list();
              List<String> added = new ArrayList<>();
              for (String address : reported) {
                if (valid(address)) {
                  h.createUpdate(
                          "INSERT INTO watched_counterparties (address, added_at) VALUES (:a, :at) ON CONFLICT DO NOTHING")
                      .bind("a", address)
                      .bind("at", clock.instant())
                      .execute();
                  added.add(address);
                }
              }
              return added;
            });
    for (String address : fresh) {
      watch.get().watchDescriptor("addr(" + address + ")", "counterparty", 1);
    }
    if (!fresh.isEmpty()) {
      watch.get().rewindTo(-1);
    }
    return fresh.size();
  }

  /** Checks the index for new exposures; returns the alerts raised. */
  public int scan() {
    Optional<ChainWatch> watch = chain.get();
    if (watch.isEmpty()) {
      return 0;
    }
    Map<String, String> spentBySanctioned = new HashMap<>();
    Map<String, String> paidToSanctioned = new HashMap<>();
    for (String address : sanctionedOnNetwork()) {
      for (IndexedOutput o : watch.get().outputsOfDescriptor("addr(" + address + ")")) {
        paidToSanctioned.put(o.outPoint().txid().toString(), address);
        if (o.spentBy() != null) {
          spentBySanctioned.put(o.spentBy().txid().toString(), address);
        }
      }
    }
    if (spentBySanctioned.isEmpty() && paidToSanctioned.isEmpty()) {
      return 0;
    }
    int raised = oneHop(watch.get(), spentBySanctioned);
    for (Declaration d : declarations.all()) {
      for (String descriptor : watched(d)) {
        for (IndexedOutput o : watch.get().outputsOfDescriptor(descriptor)) {
          String txid = o.outPoint().txid().toString();
          String from = spentBySanctioned.get(txid);
          if (from != null) {
            raised += raise(d.orgId(), txid, "FROM_SANCTIONED", from, o);
          }
          String to =
              o.spentBy() == null ? null : paidToSanctioned.get(o.spentBy().txid().toString());
          if (to != null) {
            raised += raise(d.orgId(), o.spentBy().txid().toString(), "TO_SANCTIONED", to, o);
          }
        }
      }
    }
    return raised;
  }

  /** Counterparties that received straight from a sanctioned address taint what they sent VASPs. */
  private int oneHop(ChainWatch watch, Map<String, String> spentBySanctioned) {
    List<String> counterparties =
        tx.read(
            h ->
                h.createQuery("SELECT address FROM watched_counterparties")
                    .mapTo(String.class)
                    .list());
    int raised = 0;
    for (String counterparty : counterparties) {
      for (IndexedOutput o : watch.outputsOfDescriptor("addr(" + counterparty + ")")) {
        String sanctioned = spentBySanctioned.get(o.outPoint().txid().toString());
        if (sanctioned == null) {
          continue;
        }
        List<Map.Entry<Long, String>> transfers =
            tx.read(
                h ->
                    h.createQuery(
                            "SELECT org_id, transfer_id FROM transfers WHERE counterparty_address = :a AND direction = 'IN'")
                        .bind("a", counterparty)
                        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                        .list());
        for (Map.Entry<Long, String> t : transfers) {
          raised += raiseOneHop(new OrgId(t.getKey()), t.getValue(), counterparty, sanctioned, o);
        }
      }
    }
    return raised;
  }

  private int raiseOneHop(
      OrgId org, String transferId, String counterparty, String sanctioned, IndexedOutput funding) {
    return tx.inTransaction(
        h -> {
          int inserted =
              h.createUpdate(
                      "INSERT INTO chain_exposures (txid, org_id, direction, seen_at) VALUES (:t, :o, 'ONE_HOP', :at)"
                          + " ON CONFLICT DO NOTHING")
                  .bind("t", funding.outPoint().txid().toString() + "/" + transferId)
                  .bind("o", org.value())
                  .bind("at", clock.instant())
                  .execute();
          if (inserted == 0) {
            return 0;
          }
          Map<String, Object> facts = new LinkedHashMap<>();
          facts.put("transfer", transferId);
          facts.put("counterparty_address", counterparty);
          facts.put("funded_by_tx", funding.outPoint().txid().toString());
          facts.put("sanctioned_address", sanctioned);
          facts.put("list_entry", watchlist.entry(sanctioned).orElse("listed"));
          cases.raise(
              h,
              new AlertDraft(
                  org,
                  "chain",
                  "C3-ONE-HOP-EXPOSURE",
                  "One hop from a sanctioned address · " + transferId,
                  90,
                  Json.canonical(facts),
                  null));
          return 1;
        });
  }

  private boolean valid(String address) {
    try {
      Address.parse(address, network.get());
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private List<String> watched(Declaration d) {
    List<String> out = new ArrayList<>();
    d.addresses().forEach(a -> out.add("addr(" + a.address() + ")"));
    d.descriptors().forEach(x -> out.addAll(DescriptorBranches.of(x.descriptor(), network.get())));
    return out;
  }

  private int raise(OrgId org, String txid, String direction, String sanctioned, IndexedOutput o) {
    return tx.inTransaction(
        h -> {
          int inserted =
              h.createUpdate(
                      "INSERT INTO chain_exposures (txid, org_id, direction, seen_at) VALUES (:t, :o, :d, :at)"
                          + " ON CONFLICT DO NOTHING")
                  .bind("t", txid)
                  .bind("o", org.value())
                  .bind("d", direction)
                  .bind("at", clock.instant())
                  .execute();
          if (inserted == 0) {
            return 0;
          }
          Map<String, Object> facts = new LinkedHashMap<>();
          facts.put("txid", txid);
          facts.put("sanctioned_address", sanctioned);
          facts.put("list_entry", watchlist.entry(sanctioned).orElse("listed"));
          facts.put("vasp_output", o.outPoint().toString());
          facts.put("value_sat", o.value().value());
          facts.put("height", o.height());
          boolean in = direction.equals("FROM_SANCTIONED");
          cases.raise(
              h,
              new AlertDraft(
                  org,
                  "chain",
                  in ? "C1-DEPOSIT-FROM-SANCTIONED" : "C2-PAYMENT-TO-SANCTIONED",
                  (in
                          ? "On-chain deposit from a sanctioned address · "
                          : "On-chain payment to a sanctioned address · ")
                      + txid.substring(0, 16),
                  100,
                  Json.canonical(facts),
                  null));
          return 1;
        });
  }

  private List<String> sanctionedOnNetwork() {
    List<String> valid = new ArrayList<>();
    for (String address : watchlist.bitcoinAddresses()) {
      try {
        Address.parse(address, network.get());
        valid.add(address);
      } catch (RuntimeException e) {
        // listed for another network (mainnet lists on a test chain): not watchable here
      }
    }
    return valid;
  }
}
