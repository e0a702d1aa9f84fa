package org.sovereign.supervision.defi.declare;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.supervision.register.LicenseCategory;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.VaspEntry;

/**
 * Declarations of DeFi platforms: the chains the Authority follows, and per platform (a VASP
 * registered in the DeFi category) and chain its contracts, admin accounts, start and baseline
 * blocks. Every change is validated field by field and written to the audit chain in its
 * transaction.
 */
public final class DefiPlatforms {
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Register register;

  public DefiPlatforms(Tx tx, AuditLog audit, Clock clock, Register register) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.register = register;
  }

  /** Declares a chain to follow, or changes its name, RPC URL or confirmation depth. */
  public ChainConfig declareChain(Actor actor, ChainRequest request) {
    ChainConfig chain = PlatformCheck.chain(request);
    return tx.inTransaction(
        h -> {
          boolean existed = PlatformRows.chain(h, chain.chainId()).isPresent();
          PlatformRows.upsertChain(h, chain, actor.label(), clock.instant());
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("name", chain.name());
          detail.put("rpc_url", chain.rpcUrl());
          detail.put("confirmations", chain.confirmations());
          audit.append(
              h,
              actor,
              existed ? "defi.chain-changed" : "defi.chain-declared",
              "chain:" + chain.chainId(),
              detail);
          return chain;
        });
  }

  /**
   * Declares a platform's contracts on a chain (a new version replaces the previous one whole).
   * Following starts over from the start block for this platform: what was derived for it is
   * recomputed; alerts already raised are not raised again.
   */
  public Platform declare(Actor actor, OrgId org, PlatformRequest request) {
    PlatformCheck.Checked checked = PlatformCheck.platform(request);
    VaspEntry vasp = register.byOrg(org).orElseThrow(() -> DomainException.notFound("VASP " + org));
    if (vasp.category() != LicenseCategory.DEFI) {
      throw DomainException.invalidField(
          "org_id",
          vasp.legalName() + " is registered as " + vasp.category().slug() + ", not defi");
    }
    Instant now = clock.instant();
    return tx.inTransaction(
        h -> {
          if (PlatformRows.chain(h, checked.chainId()).isEmpty()) {
            throw DomainException.invalidField(
                "chain_id", "chain " + checked.chainId() + " is not declared: declare it first");
          }
          h.createQuery("SELECT chain_id FROM defi_chains WHERE chain_id = :c FOR UPDATE")
              .bind("c", checked.chainId())
              .mapTo(Long.class)
              .one();
          int version = PlatformRows.version(h, org, checked.chainId()) + 1;
          Platform platform =
              new Platform(
                  org,
                  checked.chainId(),
                  version,
                  checked.startBlock(),
                  checked.baselineBlock(),
                  checked.contracts(),
                  checked.admins(),
                  actor.label(),
                  now);
          PlatformRows.replace(h, platform);
          audit.append(h, actor, "defi.platform-declared", "vasp:" + org, detail(platform));
          return PlatformRows.platform(h, org, checked.chainId()).orElseThrow();
        });
  }

  /**
   * Validates a declaration without storing it (version 0, no author): for a form's preview, and
   * for evaluating rules on a declaration in memory.
   */
  public static Platform check(OrgId org, PlatformRequest request) {
    PlatformCheck.Checked c = PlatformCheck.platform(request);
    return new Platform(
        org,
        c.chainId(),
        0,
        c.startBlock(),
        c.baselineBlock(),
        c.contracts(),
        c.admins(),
        "preview",
        Instant.EPOCH);
  }

  public Optional<Platform> platform(OrgId org, long chainId) {
    return tx.read(h -> PlatformRows.platform(h, org, chainId));
  }

  public List<Platform> platforms(long chainId) {
    return tx.read(h -> PlatformRows.platforms(h, chainId));
  }

  public List<Platform> all() {
    return tx.read(PlatformRows::all);
  }

  public Optional<ChainConfig> chain(long chainId) {
    return tx.read(h -> PlatformRows.chain(h, chainId));
  }

  public List<ChainConfig> chains() {
    return tx.read(PlatformRows::chains);
  }

  private static Map<String, Object> detail(Platform p) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("chain", p.chainId());
    detail.put("version", p.version());
    detail.put("start_block", p.startBlock());
    detail.put("baseline_block", p.baselineBlock());
    detail.put(
        "contracts",
        p.contracts().stream()
            .map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + c.address())
            .toList());
    detail.put("admins", p.admins().stream().map(Admin::address).toList());
    return detail;
  }
}
