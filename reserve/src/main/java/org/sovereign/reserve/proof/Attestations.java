package org.sovereign.reserve.proof;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sovereign.base.Hex;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.index.IndexedOutput;
import org.sovereign.chain.psbt.FinalizeResult;
import org.sovereign.chain.psbt.InputOutcome;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.json.Json;
import org.sovereign.reserve.spend.SignedPsbtMerge;
import org.sovereign.reserve.spend.VaultKeys;
import org.sovereign.reserve.vault.Vault;
import org.sovereign.reserve.vault.Vaults;

/**
 * Proofs of reserves: an officer starts an attestation over every vault coin at the indexed height;
 * custodians sign its BIP-127 PSBT as they sign spends; once every coin is signed for, it is
 * published on the transparency page for anyone to verify.
 */
public final class Attestations {
  private static final TypeReference<List<ProofUtxo>> UTXOS = new TypeReference<>() {};

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Vaults vaults;
  private final Supplier<Optional<ChainWatch>> chain;
  private final Supplier<Optional<ChainSource>> source;

  public Attestations(
      Tx tx,
      AuditLog audit,
      Clock clock,
      Vaults vaults,
      Supplier<Optional<ChainWatch>> chain,
      Supplier<Optional<ChainSource>> source) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.vaults = vaults;
    this.chain = chain;
    this.source = source;
  }

  /** One attestation as stored. */
  public record Attestation(
      long id,
      String message,
      int height,
      String blockHash,
      long totalSat,
      List<ProofUtxo> utxos,
      byte[] psbt,
      byte[] signedPsbt,
      String state) {}

  public Attestation start(Actor actor, String message) {
    String text = message == null ? "" : message.strip();
    if (text.length() < 8 || text.length() > 200) {
      throw DomainException.invalidField(
          "message", "the challenge message must be 8 to 200 characters");
    }
    ChainWatch watch =
        chain
            .get()
            .orElseThrow(
                () ->
                    new DomainException(
                        409, "no-chain", "no chain is followed: coins cannot be attested", null));
    ChainSource chainSource = source.get().orElseThrow();
    int height = watch.indexedHeight();
    String blockHash = chainSource.blockHash(height).orElseThrow().toString();
    List<ProofBuilder.Coin> coins = new ArrayList<>();
    List<ProofUtxo> utxos = new ArrayList<>();
    for (Vault vault : vaults.all()) {
      VaultKeys keys = new VaultKeys(vault, vaults.network(), 400);
      for (String descriptor : List.of(vault.receiveDescriptor(), vault.changeDescriptor())) {
        for (IndexedOutput o : watch.outputsOfDescriptor(descriptor)) {
          if (o.unspent()) {
            coins.add(new ProofBuilder.Coin(o, keys));
            utxos.add(
                new ProofUtxo(
                    o.outPoint().toString(),
                    o.value().value(),
                    Hex.encode(o.script()),
                    o.height()));
          }
        }
      }
    }
    if (coins.isEmpty()) {
      throw new DomainException(409, "no-coins", "the reserve holds no coins to attest", null);
    }
    byte[] psbt = ProofBuilder.build(text, coins);
    long total = utxos.stream().mapToLong(ProofUtxo::value_sat).sum();
    long id =
        tx.inTransaction(
            h -> {
              long created =
                  h.createUpdate(
                          "INSERT INTO attestations (message, height, block_hash, total_sat, utxos, psbt, signed_psbt, state, created_by, created_at)"
                              + " VALUES (:m, :h, :b, :t, :u, :p, :p, 'SIGNING', :by, :at)")
                      .bind("m", text)
                      .bind("h", height)
                      .bind("b", blockHash)
                      .bind("t", total)
                      .bind("u", Json.canonical(utxos))
                      .bind("p", psbt)
                      .bind("by", actor.label())
                      .bind("at", clock.instant())
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one();
              audit.append(
                  h,
                  actor,
                  "reserve.attestation-started",
                  "attestation:" + created,
                  Map.of(
                      "message",
                      text,
                      "height",
                      height,
                      "total_sat",
                      total,
                      "coins",
                      utxos.size()));
              return created;
            });
    return byId(id);
  }

  public Attestation uploadSigned(Actor actor, long id, byte[] uploaded) {
    Attestation a = byId(id);
    if (!a.state().equals("SIGNING")) {
      throw new DomainException(
          409,
          "attestation-complete",
          "attestation " + id + " is " + a.state().toLowerCase(java.util.Locale.ROOT),
          null);
    }
    SignedPsbtMerge.Merged merged = SignedPsbtMerge.merge(a.psbt(), a.signedPsbt(), uploaded);
    FinalizeResult finalized = merged.finalized();
    Set<String> signers = merged.signers();
    boolean complete =
        finalized.inputs().stream().filter(o -> o.index() > 0).allMatch(InputOutcome::isFinal);
    byte[] stored = finalized.psbt().serialize();
    tx.useTransaction(
        h -> {
          h.createUpdate("UPDATE attestations SET signed_psbt = :s, state = :st WHERE id = :id")
              .bind("s", stored)
              .bind("st", complete ? "COMPLETE" : "SIGNING")
              .bind("id", id)
              .execute();
          audit.append(
              h,
              actor,
              "reserve.attestation-signed",
              "attestation:" + id,
              Map.of("signers", List.copyOf(signers), "complete", complete));
        });
    return byId(id);
  }

  public Attestation publish(Actor actor, long id) {
    Attestation a = byId(id);
    if (!a.state().equals("COMPLETE")) {
      throw new DomainException(
          409,
          "attestation-incomplete",
          "attestation " + id + " is not signed for every coin yet",
          null);
    }
    tx.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE attestations SET state = 'PUBLISHED', published_at = :at WHERE id = :id")
              .bind("at", clock.instant())
              .bind("id", id)
              .execute();
          audit.append(
              h,
              actor,
              "reserve.attestation-published",
              "attestation:" + id,
              Map.of("total_sat", a.totalSat(), "height", a.height()));
        });
    return byId(id);
  }

  public ReserveProof proof(Attestation a) {
    return new ReserveProof(
        ReserveProof.FORMAT,
        vaults.network().name().toLowerCase(java.util.Locale.ROOT),
        a.height(),
        a.blockHash(),
        a.message(),
        a.utxos(),
        a.totalSat(),
        Base64.getEncoder().encodeToString(a.signedPsbt()));
  }

  public Optional<Attestation> latestPublished() {
    return tx.read(
            h ->
                h.createQuery(
                        "SELECT id FROM attestations WHERE state = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1")
                    .mapTo(Long.class)
                    .findOne())
        .map(this::byId);
  }

  public List<Attestation> all() {
    return tx
        .read(
            h ->
                h.createQuery("SELECT id FROM attestations ORDER BY id DESC")
                    .mapTo(Long.class)
                    .list())
        .stream()
        .map(this::byId)
        .toList();
  }

  public Attestation byId(long id) {
    return tx.read(
        h ->
            h.createQuery("SELECT * FROM attestations WHERE id = :id")
                .bind("id", id)
                .map(
                    (rs, ctx) -> {
                      try {
                        return new Attestation(
                            rs.getLong("id"),
                            rs.getString("message"),
                            rs.getInt("height"),
                            rs.getString("block_hash"),
                            rs.getLong("total_sat"),
                            Json.mapper().readValue(rs.getString("utxos"), UTXOS),
                            rs.getBytes("psbt"),
                            rs.getBytes("signed_psbt"),
                            rs.getString("state"));
                      } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .findOne()
                .orElseThrow(() -> DomainException.notFound("attestation " + id)));
  }
}
