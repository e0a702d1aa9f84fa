package org.sovereign.supervision.defi.store;

import org.jdbi.v3.core.Handle;
import org.sovereign.supervision.defi.rules.Effects;

/** Writes a range's derived rows (events, flows, balances, values, prices) by COPY. */
public final class EffectRows {
  private EffectRows() {}

  public static void write(Handle h, long chainId, Effects e) {
    CopyRows.copy(
        h,
        "defi_events",
        "chain_id, org_id, block_number, log_index, tx_hash, block_time, contract, kind, summary,"
            + " detail",
        e.events,
        r ->
            new Object[] {
              chainId,
              r.orgId(),
              r.block(),
              r.logIndex(),
              r.txHash(),
              r.time(),
              r.contract(),
              r.kind(),
              r.summary(),
              r.detailJson()
            });
    CopyRows.copy(
        h,
        "defi_flows",
        "chain_id, org_id, holder, block_number, tx_hash, block_time, outflow, inflow",
        e.flows,
        r ->
            new Object[] {
              chainId,
              r.orgId(),
              r.holder(),
              r.block(),
              r.txHash(),
              r.time(),
              r.outflow(),
              r.inflow()
            });
    CopyRows.copy(
        h,
        "defi_balances",
        "chain_id, org_id, holder, token, block_number, block_time, balance",
        e.balances,
        r ->
            new Object[] {
              chainId, r.orgId(), r.holder(), r.token(), r.block(), r.time(), r.balance()
            });
    CopyRows.copy(
        h,
        "defi_value_locked",
        "chain_id, org_id, contract, block_number, block_time, value",
        e.values,
        r -> new Object[] {chainId, r.orgId(), r.contract(), r.block(), r.time(), r.value()});
    CopyRows.copy(
        h,
        "defi_oracle_prices",
        "chain_id, org_id, oracle, block_number, block_time, answer, round_id",
        e.prices,
        r ->
            new Object[] {
              chainId, r.orgId(), r.oracle(), r.block(), r.time(), r.answer(), r.roundId()
            });
  }
}
