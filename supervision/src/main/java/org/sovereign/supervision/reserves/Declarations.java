package org.sovereign.supervision.reserves;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.Network;
import org.sovereign.base.OrgId;
import org.sovereign.chain.bip322.Bip322;
import org.sovereign.chain.bip322.VerificationResult;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * Reserve declarations: the Authority issues each VASP a challenge per month; the VASP declares its
 * reserve addresses, each with a BIP-322 signature over that challenge. A declaration is accepted
 * whole or not at all, and its addresses are watched on the chain index.
 */
public final class Declarations {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_ADDRESSES = 10_000;

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Supplier<Network> network;
  private final Supplier<Optional<ChainWatch>> chain;

  public Declarations(
      Tx tx,
      AuditLog audit,
      Clock clock,
      Supplier<Network> network,
      Supplier<Optional<ChainWatch>> chain) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.network = network;
    this.chain = chain;
  }

  /** The challenge for {@code period} (YYYY-MM; null: this month), issued on first request. */
  public String challenge(Actor actor, OrgId org, String legalName, String period) {
    String month = period(period);
    return tx.inTransaction(
        h -> {
          Optional<String> issued = message(h, org, month);
          if (issued.isPresent()) {
            return issued.get();
          }
          byte[] nonce = new byte[16];
          RANDOM.nextBytes(nonce);
          String message =
              "Digital Assets Authority reserve declaration | VASP "
                  + org
                  + " "
                  + legalName
                  + " | period "
                  + month
                  + " | "
                  + HexFormat.of().formatHex(nonce);
          h.createUpdate(
                  "INSERT INTO reserve_challenges (org_id, period, message, issued_at) VALUES (:o, :p, :m, :at)")
              .bind("o", org.value())
              .bind("p", month)
              .bind("m", message)
              .bind("at", clock.instant())
              .execute();
          audit.append(
              h, actor, "solvency.challenge-issued", "vasp:" + org, Map.of("period", month));
          return message;
        });
  }

  public Declaration declare(Actor actor, OrgId org, DeclarationRequest request) {
    if (request == null || (empty(request.addresses()) && empty(request.descriptors()))) {
      throw DomainException.invalidField("addresses", "declare at least one address or descriptor");
    }
    if (size(request.addresses()) + size(request.descriptors()) > MAX_ADDRESSES) {
      throw DomainException.invalidField(
          "addresses", "at most " + MAX_ADDRESSES + " per declaration");
    }
    String month = period(request.period());
    String message =
        tx.read(h -> message(h, org, month))
            .orElseThrow(
                () ->
                    DomainException.invalidField(
                        "period", "no challenge was issued for " + month + ": request it first"));
    List<Declaration.DeclaredAddress> checked =
        verify(request.addresses() == null ? List.of() : request.addresses(), message);
    List<DescriptorProof> descriptors =
        verifyDescriptors(
            request.descriptors() == null ? List.of() : request.descriptors(), message);
    Declaration declaration =
        tx.inTransaction(
            h -> {
              long id =
                  h.createUpdate(
                          "INSERT INTO reserve_declarations (org_id, period, message, declared_by, declared_at)"
                              + " VALUES (:o, :p, :m, :by, :at)")
                      .bind("o", org.value())
                      .bind("p", month)
                      .bind("m", message)
                      .bind("by", actor.label())
                      .bind("at", clock.instant())
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one();
              for (var a : checked) {
                h.createUpdate(
                        "INSERT INTO declared_addresses (declaration_id, address, signature) VALUES (:d, :a, :s)")
                    .bind("d", id)
                    .bind("a", a.address())
                    .bind("s", a.signature())
                    .execute();
              }
              for (DescriptorProof d : descriptors) {
                h.createUpdate(
                        "INSERT INTO declared_descriptors (declaration_id, descriptor, first_address, signature)"
                            + " VALUES (:d, :x, :a, :s)")
                    .bind("d", id)
                    .bind("x", d.descriptor())
                    .bind("a", d.firstAddress())
                    .bind("s", d.signature())
                    .execute();
              }
              Map<String, Object> detail = new LinkedHashMap<>();
              detail.put("period", month);
              detail.put("addresses", checked.size());
              detail.put("descriptors", descriptors.size());
              audit.append(h, actor, "solvency.reserves-declared", "vasp:" + org, detail);
              return DeclarationRows.byId(h, id).orElseThrow();
            });
    watch(declaration);
    chain.get().ifPresent(watch -> watch.rewindTo(-1));
    return declaration;
  }

  private List<Declaration.DeclaredAddress> verify(
      List<Declaration.DeclaredAddress> addresses, String message) {
    List<Declaration.DeclaredAddress> checked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < addresses.size(); i++) {
      var a = addresses.get(i);
      String address = a == null || a.address() == null ? "" : a.address().strip();
      String signature = a == null || a.signature() == null ? "" : a.signature().strip();
      if (!seen.add(address)) {
        throw DomainException.invalidField("addresses[" + i + "].address", "repeats " + address);
      }
      VerificationResult result = Bip322.verify(address, message, signature, network.get());
      if (result.status() != VerificationResult.Status.VALID) {
        String field =
            result.reason() == VerificationResult.Reason.INVALID_ADDRESS
                ? "addresses[" + i + "].address"
                : "addresses[" + i + "].signature";
        throw DomainException.invalidField(field, result.message());
      }
      checked.add(new Declaration.DeclaredAddress(address, signature));
    }
    return checked;
  }

  private record DescriptorProof(String descriptor, String firstAddress, String signature) {}

  private List<DescriptorProof> verifyDescriptors(
      List<Declaration.DeclaredDescriptor> descriptors, String message) {
    List<DescriptorProof> checked = new ArrayList<>();
    for (int i = 0; i < descriptors.size(); i++) {
      var d = descriptors.get(i);
      String field = "descriptors[" + i + "]";
      String text = d == null || d.descriptor() == null ? "" : d.descriptor().strip();
      String first;
      try {
        first = DescriptorBranches.firstAddress(text, network.get());
      } catch (IllegalArgumentException e) {
        throw DomainException.invalidField(field + ".descriptor", e.getMessage());
      }
      String signature = d.signature() == null ? "" : d.signature().strip();
      VerificationResult result = Bip322.verify(first, message, signature, network.get());
      if (result.status() != VerificationResult.Status.VALID) {
        throw DomainException.invalidField(
            field + ".signature",
            "must be a BIP-322 signature by the first receive address "
                + first
                + ": "
                + result.message());
      }
      checked.add(new DescriptorProof(text, first, signature));
    }
    return checked;
  }

  private static boolean empty(List<?> list) {
    return list == null || list.isEmpty();
  }

  private static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  private void watch(Declaration declaration) {
    chain
        .get()
        .ifPresent(
            watch -> {
              for (var a : declaration.addresses()) {
                watch.watchDescriptor(
                    "addr(" + a.address() + ")", "VASP " + declaration.orgId(), 1);
              }
              for (var d : declaration.descriptors()) {
                for (String branch : DescriptorBranches.of(d.descriptor(), network.get())) {
                  watch.watchDescriptor(
                      branch, "VASP " + declaration.orgId(), DescriptorBranches.GAP);
                }
              }
            });
  }

  /**
   * Makes sure every declared address is watched (at start; idempotent, no rescan: a new
   * declaration rescans the index when it is made).
   */
  public void watchAll() {
    tx.read(DeclarationRows::all).forEach(this::watch);
  }

  public Optional<Declaration> latest(OrgId org, String period) {
    return tx.read(h -> DeclarationRows.latest(h, org, period));
  }

  public List<Declaration> all() {
    return tx.read(DeclarationRows::all);
  }

  public List<Declaration> ofOrg(OrgId org) {
    return tx.read(h -> DeclarationRows.ofOrg(h, org));
  }

  public String currentPeriod() {
    return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).toString();
  }

  private String period(String text) {
    if (text == null || text.isBlank()) {
      return currentPeriod();
    }
    try {
      return YearMonth.parse(text.strip()).toString();
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField("period", "must be a month as YYYY-MM");
    }
  }

  private static Optional<String> message(Handle h, OrgId org, String period) {
    return h.createQuery("SELECT message FROM reserve_challenges WHERE org_id = :o AND period = :p")
        .bind("o", org.value())
        .bind("p", period)
        .mapTo(String.class)
        .findOne();
  }
}
