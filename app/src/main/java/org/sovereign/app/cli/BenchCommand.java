package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.LongUnaryOperator;
import org.sovereign.platform.audit.AuditHashes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sovereign bench ...}: quick measurements that print each contender and its anchor from the
 * same run, as ratios (our machines are shared; absolute times wander). The JMH versions live in
 * the {@code bench} module.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Quick benchmarks: each figure beside its anchor, from one run.",
    subcommands = {
      BenchCommand.Audit.class,
      BenchCommand.Scan.class,
      BenchCommand.Reserve.class,
      BenchCommand.Solvency.class,
      BenchCommand.Aml.class,
      BenchCommand.Intake.class,
      BenchCommand.Dispatch.class,
      BenchCurtailCommand.class,
      BenchCommand.Screening.class,
      BenchCommand.Power.class,
      BenchCommand.Metering.class,
      BenchDefiCommand.class
    })
public final class BenchCommand {

  /** Transaction monitoring: ingestion, rules and persistence at a fixed offered rate. */
  @Command(
      name = "aml",
      mixinStandardHelpOptions = true,
      description =
          "Offer generated transfers at a fixed rate through monitoring; sustained rate and p99.")
  public static final class Aml implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--seconds",
        defaultValue = "30",
        description = "Run time (default ${DEFAULT-VALUE}; the goal is 300).")
    int seconds;

    @Option(
        names = "--rate",
        defaultValue = "3000",
        description = "Offered transfers/s (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(
        names = "--batch",
        defaultValue = "50",
        description = "Transfers per batch (default ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() throws java.io.IOException {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sovereign-bench-aml");
      org.sovereign.app.bench.AmlBench.run(spec.commandLine().getOut(), dir, seconds, rate, batch);
      return 0;
    }
  }

  /** Liability snapshot intake: streamed parse, checks, COPY and tree against a bare COPY. */
  @Command(
      name = "intake",
      mixinStandardHelpOptions = true,
      description = "Stream a generated liability snapshot through intake; rows/s and peak heap.")
  public static final class Intake implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--customers",
        defaultValue = "1000000",
        description = "Customers (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(
        names = "--assets",
        defaultValue = "1",
        description = "Assets, 1 to 3 (default ${DEFAULT-VALUE}).")
    int assets;

    @Override
    public Integer call() throws java.io.IOException {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sovereign-bench-intake");
      org.sovereign.app.bench.IntakeBench.run(
          spec.commandLine().getOut(), dir, customers, Math.max(1, Math.min(3, assets)));
      return 0;
    }
  }

  /** Real-time curtailment: merit-order decision latency for a large fleet. */
  @Command(
      name = "dispatch",
      mixinStandardHelpOptions = true,
      description =
          "Merit-order curtailment decisions: p50/p99 latency against sorting per request.")
  public static final class Dispatch implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--sites",
        defaultValue = "5000",
        description = "Sites (default ${DEFAULT-VALUE}).")
    int sites;

    @Option(
        names = "--requests",
        defaultValue = "200000",
        description = "Requests (default ${DEFAULT-VALUE}).")
    int requests;

    @Override
    public Integer call() {
      org.sovereign.app.bench.DispatchBench.run(spec.commandLine().getOut(), sites, requests);
      return 0;
    }
  }

  /** Sanctions screening: name queries and address lookups per second, with their anchors. */
  @Command(
      name = "screening",
      mixinStandardHelpOptions = true,
      description =
          "Name queries/s and address lookups/s on one thread, beside Jaro-Winkler comparisons/s,"
              + " HashMap lookups/s and yente's published rate.")
  public static final class Screening implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--lists",
        paramLabel = "DIR",
        description = "Sanctions list folder (default: shared/fixtures/sanctions).")
    java.nio.file.Path lists;

    @Option(
        names = "--seconds",
        defaultValue = "3",
        description = "Measured seconds per contender (default ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() {
      java.nio.file.Path dir = lists != null ? lists : FixtureFolders.find("sanctions");
      var bench =
          new org.sovereign.app.bench.ScreeningBench(
              org.sovereign.supervision.screening.SanctionsLists.load(dir));
      bench.print(spec.commandLine().getOut(), bench.run(seconds));
      return 0;
    }
  }

  /** Power planning: the annual plan by decomposition against the full LP (HiGHS). */
  @Command(
      name = "power",
      mixinStandardHelpOptions = true,
      description =
          "Annual power plan by decomposition against the full LP solved by HiGHS: times,"
              + " objectives, relative gap.")
  public static final class Power implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--hours", defaultValue = "8760", description = "Hours (default 8760).")
    int hours;

    @Option(names = "--sites", defaultValue = "50", description = "Sites (default 50).")
    int sites;

    @Option(names = "--seed", defaultValue = "42", description = "Instance seed (default 42).")
    long seed;

    @Option(names = "--threads", description = "Solver threads (default: one per processor).")
    Integer threads;

    @Option(
        names = "--anchor",
        defaultValue = "HIGHS",
        description = "Solver of the full LP (default HIGHS).")
    String anchor;

    @Override
    public Integer call() {
      org.sovereign.app.bench.PowerBench.run(
          spec.commandLine().getOut(),
          seed,
          sites,
          hours,
          threads != null ? threads : Runtime.getRuntime().availableProcessors(),
          org.sovereign.power.planning.LpSolver.parse(anchor));
      return 0;
    }
  }

  /** The monthly energy report over a month of meter readings. */
  @Command(
      name = "metering",
      mixinStandardHelpOptions = true,
      description = "A month of readings for many sites, aggregated into the energy report.")
  public static final class Metering implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--sites",
        defaultValue = "500",
        description = "Sites (default ${DEFAULT-VALUE}).")
    int sites;

    @Option(
        names = "--interval",
        defaultValue = "60",
        description = "Seconds between readings (default ${DEFAULT-VALUE}).")
    int interval;

    @Override
    public Integer call() throws java.io.IOException {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sovereign-bench-metering");
      org.sovereign.app.bench.MeteringBench.run(spec.commandLine().getOut(), dir, sites, interval);
      return 0;
    }
  }

  /** Reserve reconciliation and accounts on a throwaway embedded PostgreSQL. */
  @Command(
      name = "reserve",
      mixinStandardHelpOptions = true,
      description = "Reconcile many vaults against the chain index; the accounts over many lots.")
  public static final class Reserve implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--vaults",
        defaultValue = "50",
        description = "Vaults (default ${DEFAULT-VALUE}).")
    int vaults;

    @Option(
        names = "--gap",
        defaultValue = "1000",
        description = "Gap limit per branch (default ${DEFAULT-VALUE}).")
    int gap;

    @Option(
        names = "--lots",
        defaultValue = "100000",
        description = "Lots for the accounts (default ${DEFAULT-VALUE}).")
    int lots;

    @Override
    public Integer call() throws java.io.IOException {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sovereign-bench-reserve");
      org.sovereign.app.bench.ReserveBench.run(spec.commandLine().getOut(), dir, vaults, gap, lots);
      return 0;
    }
  }

  /** Proof of solvency: streaming tree build, proof size and verification. */
  @Command(
      name = "solvency",
      mixinStandardHelpOptions = true,
      description =
          "Build a liability tree over synthetic accounts; proof size and verification time.")
  public static final class Solvency implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--accounts",
        defaultValue = "1000000",
        description = "Customer accounts (default ${DEFAULT-VALUE}).")
    long accounts;

    @Option(
        names = "--assets",
        defaultValue = "1",
        description = "Assets per account, 1..16 (default ${DEFAULT-VALUE}).")
    int assets;

    @Option(names = "--threads", description = "Hashing threads (default: one per processor).")
    Integer threads;

    @Override
    public Integer call() {
      ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "building tree", accounts);
      org.sovereign.app.bench.SolvencyBench.run(
          spec.commandLine().getOut(),
          accounts,
          assets,
          threads != null ? threads : Runtime.getRuntime().availableProcessors(),
          done -> {
            if (done == accounts) {
              bar.finish(done);
            } else {
              bar.update(done);
            }
          });
      return 0;
    }
  }

  /** Block scanning: scanner vs the SHA-256 limit and other parsers. */
  @Command(
      name = "scan",
      mixinStandardHelpOptions = true,
      description =
          "Scanner MB/s against SHA-256 in 200-byte pieces, bitcoin-kmp and (with the bench jar) bitcoinj.")
  public static final class Scan implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--blocks",
        paramLabel = "DIR",
        description = "Folder of raw .dat blocks (default: shared/fixtures/bitcoin/blocks).")
    java.nio.file.Path blocks;

    @Option(
        names = "--watched",
        defaultValue = "1000000",
        description = "Watched scripts for the matching contender (default ${DEFAULT-VALUE}).")
    int watched;

    @Option(
        names = "--seconds",
        defaultValue = "3",
        description = "Measured seconds per contender (default ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws java.io.IOException {
      java.nio.file.Path dir = blocks != null ? blocks : FixtureFolders.find("bitcoin/blocks");
      var bench =
          new org.sovereign.app.bench.ScanBench(org.sovereign.app.bench.ScanBench.readBlocks(dir));
      bench.print(spec.commandLine().getOut(), bench.run(bench.contenders(watched), seconds));
      return 0;
    }
  }

  /** Audit-chain verification speed: link recomputation against plain SHA-256. */
  @Command(
      name = "audit",
      mixinStandardHelpOptions = true,
      description = "Audit-chain link recomputation vs plain SHA-256 over the same bytes.")
  public static final class Audit implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--entries",
        defaultValue = "300000",
        description = "Entries per measured round (default ${DEFAULT-VALUE}).")
    int entries;

    @Override
    public Integer call() throws NoSuchAlgorithmException {
      byte[] prev = new byte[32];
      byte[] digest =
          AuditHashes.digest("{\"kind\":\"VASP\",\"name\":\"Indus Digital Exchange Ltd\"}");
      Instant at = Instant.parse("2026-11-29T10:15:30.123456Z");
      byte[] sameBytes =
          "x"
              .repeat(32 + 8 + 4 + 27 + 4 + 18 + 4 + 20 + 4 + 15 + 32)
              .getBytes(StandardCharsets.UTF_8);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      LongUnaryOperator link =
          n ->
              AuditHashes.link(
                  prev,
                  n,
                  at,
                  "user:17:treasurer",
                  "organisation.created",
                  "organisation:12",
                  digest)[0];
      LongUnaryOperator anchor = n -> sha.digest(sameBytes)[0];
      measure(link, entries);
      measure(anchor, entries);
      double linkRate = best(link, entries);
      double anchorRate = best(anchor, entries);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%-44s %,14.0f /s%n", "audit link recompute (AuditHashes.link)", linkRate);
      out.printf("%-44s %,14.0f /s%n", "anchor: SHA-256 over the same 168 bytes", anchorRate);
      out.printf("%-44s %14.2f%n", "ratio link / anchor", linkRate / anchorRate);
      return 0;
    }

    private static double best(LongUnaryOperator work, int n) {
      double best = 0;
      for (int round = 0; round < 5; round++) {
        best = Math.max(best, measure(work, n));
      }
      return best;
    }

    private static double measure(LongUnaryOperator work, int n) {
      long sink = 0;
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += work.applyAsLong(i);
      }
      long nanos = System.nanoTime() - start;
      if (sink == Long.MIN_VALUE) {
        System.out.print("");
      }
      return n / (nanos / 1e9);
    }
  }
}
