package org.sovereign.power.curtail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.json.Json;
import org.sovereign.power.dispatch.Compliance;
import org.sovereign.power.dispatch.CurtailmentRequest;
import org.sovereign.power.dispatch.Decision;
import org.sovereign.power.dispatch.DispatchSite;
import org.sovereign.power.dispatch.Instruction;
import org.sovereign.power.dispatch.MeritOrder;
import org.sovereign.power.metering.Reading;
import org.sovereign.power.metering.Readings;
import org.sovereign.power.registry.GridNode;
import org.sovereign.power.registry.Registry;
import org.sovereign.power.registry.Site;

/**
 * Curtailment: a request (idempotent by its id) is decided in merit order over the registered
 * sites' current metered loads; each site's instruction is signed, stored with the decision in one
 * transaction, then delivered to the site's endpoint. Compliance is read from the meters: the drop
 * from the load before the request to the first reading at or after the deadline, within one
 * five-minute interval.
 */
public final class Curtailments {
  public static final Duration CHECK_WINDOW = Duration.ofMinutes(5);
  private static final Duration FRESH_READING = Duration.ofMinutes(15);

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Registry registry;
  private final Readings readings;
  private final InstructionSigner signer;
  private final Deliveries deliveries;

  public Curtailments(
      Tx tx,
      AuditLog audit,
      Clock clock,
      Registry registry,
      Readings readings,
      InstructionSigner signer,
      Deliveries deliveries) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.registry = registry;
    this.readings = readings;
    this.signer = signer;
    this.deliveries = deliveries;
  }

  /** A decided curtailment: the decision's facts and its instructions. */
  public record Outcome(
      String id,
      long kw,
      Instant deadline,
      long shortfallKw,
      long decidedNanos,
      List<InstructionRecord> instructions) {}

  public Outcome request(Actor actor, CurtailmentBody body) {
    String id = body == null || body.id() == null ? "" : body.id().strip();
    if (id.isEmpty() || id.length() > 100) {
      throw DomainException.invalidField(
          "id", "an instruction id of 1 to 100 characters is required");
    }
    Optional<Outcome> existing = byId(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (body.kw() == null || body.kw() <= 0 || body.kw() > Integer.MAX_VALUE) {
      throw DomainException.invalidField("kw", "must be a positive number of kW");
    }
    if (body.within_seconds() == null
        || body.within_seconds() < 1
        || body.within_seconds() > 86_400) {
      throw DomainException.invalidField("within_seconds", "must be 1 to 86400");
    }
    List<GridNode> nodes = registry.nodes();
    Map<Long, Integer> nodeIndex = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      nodeIndex.put(nodes.get(i).id(), i);
    }
    Integer node = null;
    if (body.node() != null && !body.node().isBlank()) {
      GridNode n =
          registry
              .node(body.node())
              .orElseThrow(
                  () -> DomainException.invalidField("node", "no grid node '" + body.node() + "'"));
      node = nodeIndex.get(n.id());
    }
    Instant now = clock.instant();
    List<Site> sites = registry.sites();
    List<DispatchSite> fleet = new ArrayList<>();
    Map<Long, Long> loads = readings.latestLoads(now, FRESH_READING);
    for (int i = 0; i < sites.size(); i++) {
      Site s = sites.get(i);
      long load = loads.getOrDefault(s.orgId().value(), 0L);
      fleet.add(
          new DispatchSite(
              i,
              nodeIndex.get(s.nodeId()),
              s.interruptible(),
              s.valueCentsPerMwh(),
              (int) Math.min(Integer.MAX_VALUE, load),
              (int) Math.min(Integer.MAX_VALUE, s.minimumKw()),
              (int) Math.max(1, s.rampKwPerMin() / 60),
              s.maxCurtailHoursDay() > 0 ? 1_000_000 : 0,
              s.responseTier().delaySeconds()));
    }
    MeritOrder order = new MeritOrder(fleet, Math.max(1, nodes.size()));
    long start = System.nanoTime();
    Decision decision =
        order.decide(
            new CurtailmentRequest(
                id, node == null ? -1 : node, body.kw().intValue(), body.within_seconds()));
    long decidedNanos = System.nanoTime() - start;
    Instant deadline = now.plusSeconds(body.within_seconds());
    List<InstructionRecord> records =
        decision.instructions().parallelStream()
            .map(i -> shedInstruction(id, sites.get(i.siteId()), i, deadline, now))
            .toList();
    Long nodeId = node == null ? null : nodes.get(node).id();
    boolean stored =
        tx.inTransaction(
            h -> {
              int inserted =
                  h.createUpdate(
                          "INSERT INTO curtailments (id, node_id, kw, within_s, deadline, shortfall_kw, requested_by, requested_at, decided_ns)"
                              + " VALUES (:id, :n, :kw, :w, :d, :s, :by, :at, :ns) ON CONFLICT (id) DO NOTHING")
                      .bind("id", id)
                      .bind("n", nodeId)
                      .bind("kw", body.kw())
                      .bind("w", body.within_seconds())
                      .bind("d", deadline)
                      .bind("s", decision.shortfallKw())
                      .bind("by", actor.label())
                      .bind("at", now)
                      .bind("ns", decidedNanos)
                      .execute();
              if (inserted == 0) {
                return false;
              }
              var batch =
                  h.prepareBatch(
                      "INSERT INTO curtail_instructions (id, curtailment_id, site_id, kw, deadline, payload, signature, state)"
                          + " VALUES (:id, :c, :s, :kw, :d, :p, :sig, 'PENDING')");
              for (InstructionRecord r : records) {
                batch
                    .bind("id", r.id())
                    .bind("c", id)
                    .bind("s", r.siteId().value())
                    .bind("kw", r.kw())
                    .bind("d", deadline)
                    .bind("p", r.payload())
                    .bind("sig", r.signature())
                    .add();
              }
              if (!records.isEmpty()) {
                batch.execute();
              }
              Map<String, Object> detail = new LinkedHashMap<>();
              detail.put("kw", body.kw());
              detail.put("node", body.node());
              detail.put("instructions", records.size());
              detail.put("shortfall_kw", decision.shortfallKw());
              audit.append(h, actor, "power.curtailment-requested", "curtailment:" + id, detail);
              return true;
            });
    if (stored) {
      records.forEach(deliveries::send);
    }
    return byId(id).orElseThrow();
  }

  /**
   * Gives the load back in {@code stages} equal steps, {@code intervalSeconds} apart, starting one
   * interval from now: each step is a signed RESTORE instruction per site (idempotent: asking again
   * returns the stored ones).
   */
  public List<InstructionRecord> restore(Actor actor, String id, int stages, int intervalSeconds) {
    Outcome outcome = byId(id).orElseThrow(() -> DomainException.notFound("curtailment " + id));
    if (stages < 1 || stages > 12) {
      throw DomainException.invalidField("stages", "must be 1 to 12");
    }
    if (intervalSeconds < 10 || intervalSeconds > 86_400) {
      throw DomainException.invalidField("interval_seconds", "must be 10 to 86400");
    }
    List<InstructionRecord> existing = restoresOf(id);
    if (!existing.isEmpty()) {
      return existing;
    }
    Instant now = clock.instant();
    List<InstructionRecord> records = new ArrayList<>();
    for (InstructionRecord shed : outcome.instructions()) {
      for (int k = 1; k <= stages; k++) {
        long kw = shed.kw() * k / stages - shed.kw() * (k - 1) / stages;
        Instant effective = now.plusSeconds((long) k * intervalSeconds);
        String instructionId = shed.id() + ":restore:" + k;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("instruction_id", instructionId);
        payload.put("curtailment_id", id);
        payload.put("site", shed.siteId().value());
        payload.put("restore_kw", kw);
        payload.put("stage", k + "/" + stages);
        payload.put("effective_at", effective.toString());
        payload.put("issued_at", now.toString());
        String text = Json.canonical(payload);
        records.add(
            new InstructionRecord(
                instructionId,
                id,
                shed.siteId(),
                kw,
                effective,
                text,
                signer.sign(text),
                "PENDING",
                0,
                null,
                null,
                null,
                null));
      }
    }
    tx.useTransaction(
        h -> {
          for (InstructionRecord r : records) {
            h.createUpdate(
                    "INSERT INTO curtail_instructions (id, curtailment_id, site_id, kw, deadline, payload, signature, state, kind)"
                        + " VALUES (:id, :c, :s, :kw, :d, :p, :sig, 'PENDING', 'RESTORE')")
                .bind("id", r.id())
                .bind("c", id)
                .bind("s", r.siteId().value())
                .bind("kw", r.kw())
                .bind("d", r.deadline())
                .bind("p", r.payload())
                .bind("sig", r.signature())
                .execute();
          }
          audit.append(
              h,
              actor,
              "power.curtailment-restored",
              "curtailment:" + id,
              Map.of(
                  "stages",
                  stages,
                  "interval_seconds",
                  intervalSeconds,
                  "instructions",
                  records.size()));
        });
    records.forEach(deliveries::send);
    return restoresOf(id);
  }

  private List<InstructionRecord> restoresOf(String id) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT * FROM curtail_instructions WHERE curtailment_id = :c AND kind = 'RESTORE' ORDER BY deadline, id")
                .bind("c", id)
                .map((rs, ctx) -> InstructionRows.of(rs))
                .list());
  }

  private InstructionRecord shedInstruction(
      String id, Site site, Instruction i, Instant deadline, Instant now) {
    String instructionId = id + ":" + site.orgId().value();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("instruction_id", instructionId);
    payload.put("curtailment_id", id);
    payload.put("site", site.orgId().value());
    payload.put("shed_kw", i.kw());
    payload.put("deadline", deadline.toString());
    payload.put("issued_at", now.toString());
    String text = Json.canonical(payload);
    return new InstructionRecord(
        instructionId,
        id,
        site.orgId(),
        i.kw(),
        deadline,
        text,
        signer.sign(text),
        "PENDING",
        0,
        null,
        null,
        null,
        null);
  }

  /** Checks every instruction whose deadline has passed and that is not yet checked. */
  public int checkCompliance() {
    Instant now = clock.instant();
    List<InstructionRecord> due =
        tx.read(
            h ->
                h.createQuery(
                        "SELECT * FROM curtail_instructions WHERE kind = 'SHED' AND compliant IS NULL AND deadline <= :now")
                    .bind("now", now)
                    .map((rs, ctx) -> InstructionRows.of(rs))
                    .list());
    int checked = 0;
    for (InstructionRecord r : due) {
      Instant requested = requestedAt(r.curtailmentId());
      long baseline = readings.atOrBefore(r.siteId(), requested).map(Reading::kw).orElse(0L);
      Optional<Reading> after =
          readings.firstBetween(r.siteId(), r.deadline(), r.deadline().plus(CHECK_WINDOW));
      boolean windowOver = now.isAfter(r.deadline().plus(CHECK_WINDOW));
      if (after.isEmpty() && !windowOver) {
        continue;
      }
      long metered = after.map(Reading::kw).orElse(baseline);
      Compliance c =
          Compliance.of(new Instruction(0, (int) r.kw(), 0), (int) baseline, (int) metered);
      long penalty =
          c.penaltyPaisa(registry.site(r.siteId()).map(s -> s.penaltyPaisaPerKw()).orElse(0L));
      tx.useTransaction(
          h -> {
            h.createUpdate(
                    "UPDATE curtail_instructions SET baseline_kw = :b, delivered_kw = :d, compliant = :c, checked_at = :at,"
                        + " penalty_paisa = :pen WHERE id = :id")
                .bind("b", baseline)
                .bind("d", c.deliveredKw())
                .bind("c", c.compliant())
                .bind("at", now)
                .bind("pen", penalty)
                .bind("id", r.id())
                .execute();
            if (!c.compliant()) {
              audit.append(
                  h,
                  org.sovereign.platform.audit.Actor.SYSTEM,
                  "power.instruction-breached",
                  "site:" + r.siteId(),
                  Map.of(
                      "instruction",
                      r.id(),
                      "instructed_kw",
                      r.kw(),
                      "delivered_kw",
                      c.deliveredKw(),
                      "penalty_paisa",
                      penalty));
            }
          });
      checked++;
    }
    return checked;
  }

  public Optional<Outcome> byId(String id) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT id, kw, deadline, shortfall_kw, decided_ns FROM curtailments WHERE id = :id")
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new Outcome(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getLong(4),
                            rs.getLong(5),
                            InstructionRows.ofCurtailment(h, id)))
                .findOne());
  }

  public List<Outcome> recent(int limit) {
    return tx
        .read(
            h ->
                h.createQuery("SELECT id FROM curtailments ORDER BY requested_at DESC LIMIT :l")
                    .bind("l", limit)
                    .mapTo(String.class)
                    .list())
        .stream()
        .map(id -> byId(id).orElseThrow())
        .toList();
  }

  public List<InstructionRecord> pendingFor(OrgId site) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT * FROM curtail_instructions WHERE site_id = :s AND deadline > :now ORDER BY deadline")
                .bind("s", site.value())
                .bind("now", clock.instant())
                .map((rs, ctx) -> InstructionRows.of(rs))
                .list());
  }

  public String publicKey() {
    return signer.publicKeyBase64();
  }

  private Instant requestedAt(String curtailment) {
    return tx.read(
        h ->
            h.createQuery("SELECT requested_at FROM curtailments WHERE id = :id")
                .bind("id", curtailment)
                .mapTo(Instant.class)
                .one());
  }
}
