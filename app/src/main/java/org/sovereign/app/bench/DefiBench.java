package org.sovereign.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.sovereign.app.Pillars;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.defi.ChainFollower;
import org.sovereign.supervision.defi.DefiThroughput;
import org.sovereign.supervision.defi.FollowerOptions;
import org.sovereign.supervision.defi.PollResult;
import org.sovereign.supervision.defi.declare.ChainRequest;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.declare.PlatformRequest;
import org.sovereign.supervision.defi.rpc.Web3jRpc;
import org.sovereign.supervision.defi.rules.DefiRules;
import org.sovereign.supervision.defi.rules.DefiRulesFile;
import org.sovereign.supervision.register.Application;
import org.sovereign.supervision.register.Register;

/**
 * The DeFi monitor against a node: a platform declaration (JSON, as {@code evm/loadgen} writes it)
 * followed from its start block to the head, in three stages from the same run: {@code eth_getLogs}
 * alone (the anchor), fetch + decode + evaluate without storage, and the follower end to end into a
 * throwaway embedded PostgreSQL (one transaction per range).
 */
public final class DefiBench {
  private DefiBench() {}

  public static void run(
      PrintWriter out, Path dataDir, String rpcUrl, Path declaration, int chunk) {
    PlatformRequest request = read(declaration);
    DefiRules rules = DefiRulesFile.defaults();
    Platform preview = DefiPlatforms.check(new OrgId(1), request);
    long head;
    DefiThroughput.Report fetch;
    DefiThroughput.Report evaluate;
    try (Web3jRpc rpc = new Web3jRpc(rpcUrl)) {
      head = rpc.headNumber();
      FollowerOptions options = FollowerOptions.DEFAULTS.withMaxChunk(chunk);
      DefiThroughput.fetch(rpc, preview, head, options);
      fetch = DefiThroughput.fetch(rpc, preview, head, options);
      evaluate =
          DefiThroughput.fetchDecodeEvaluate(rpc, preview, rules, Watchlist.EMPTY, head, options);
    }
    PollResult follow = follow(dataDir, rpcUrl, request, rules, chunk);
    out.printf(
        "DeFi monitor, %s, blocks %d..%d, %,d logs, ranges of up to %,d blocks%n",
        rpcUrl, preview.startBlock(), head, fetch.logs(), chunk);
    line(out, "eth_getLogs alone (web3j)", fetch.logs(), fetch.logsPerSecond(), "anchor");
    line(
        out,
        "fetch + decode + evaluate",
        evaluate.logs(),
        evaluate.logsPerSecond(),
        evaluate.findings() + " findings");
    line(
        out,
        "follower into PostgreSQL",
        follow.logs(),
        follow.logsPerSecond(),
        follow.rows() + " rows, " + follow.alerts() + " alerts, " + follow.ranges() + " ranges");
    out.printf("  goal: >= 15,000 logs/s end to end%n");
    out.flush();
  }

  private static PollResult follow(
      Path dataDir, String rpcUrl, PlatformRequest request, DefiRules rules, int chunk) {
    SovereignConfig config = SovereignConfig.defaults().withHttpPort(0).withDataDirectory(dataDir);
    try (SovereignRuntime runtime =
        SovereignRuntime.open(config, Pillars.all(), Clock.systemUTC())) {
      var s = runtime.services();
      Register register = new Register(s.tx(), s.audit(), s.clock(), s.organisations());
      OrgId org =
          register
              .apply(
                  Actor.SYSTEM,
                  new Application(
                      "Bench DeFi",
                      "D-1",
                      null,
                      "defi",
                      List.of("AMM"),
                      null,
                      null,
                      null,
                      null,
                      null))
              .orgId();
      DefiPlatforms platforms = new DefiPlatforms(s.tx(), s.audit(), s.clock(), register);
      platforms.declareChain(
          Actor.SYSTEM, new ChainRequest(request.chain_id(), "bench", rpcUrl, 0));
      platforms.declare(Actor.SYSTEM, org, request);
      try (ChainFollower follower =
          new ChainFollower(
              request.chain_id(),
              new Web3jRpc(rpcUrl),
              s.tx(),
              s.audit(),
              s.clock(),
              new Cases(s.tx(), s.audit(), s.clock()),
              Watchlist.EMPTY,
              platforms,
              rules,
              FollowerOptions.DEFAULTS.withMaxChunk(chunk))) {
        return follower.pollOnce();
      }
    }
  }

  private static void line(PrintWriter out, String what, long logs, double perSecond, String note) {
    out.printf("  %-28s %,10d logs %,10.0f logs/s   %s%n", what, logs, perSecond, note);
  }

  private static PlatformRequest read(Path file) {
    try {
      return Json.mapper().readValue(Files.readString(file), PlatformRequest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the declaration " + file, e);
    }
  }
}
