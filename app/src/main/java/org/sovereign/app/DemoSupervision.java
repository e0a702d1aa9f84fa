package org.sovereign.app;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.sovereign.app.chain.DemoExchanges;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.supervision.aml.AmlLookups;
import org.sovereign.supervision.aml.TransferMonitor;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.aml.rules.RuleSetFile;
import org.sovereign.supervision.register.Application;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.TransitionRequest;
import org.sovereign.supervision.register.VaspEntry;
import org.sovereign.supervision.reporting.Snapshots;
import org.sovereign.supervision.reserves.Declaration;
import org.sovereign.supervision.reserves.DeclarationRequest;
import org.sovereign.supervision.reserves.Declarations;

/**
 * The demo's supervision data: two licensed exchanges reporting three monthly liability snapshots
 * with proven reserves. Indus covers its customers about one and a half times; Ravi's liabilities
 * grow past its reserves in the latest month, which raises an alert.
 */
final class DemoSupervision {
  private static final Actor MAKER = new Actor("system:demo");
  private static final Actor CHECKER = new Actor("system:demo-checker");
  static final int INDUS_CUSTOMERS = 3_000;

  private DemoSupervision() {}

  /** A listed Bitcoin address (OFAC SDN digital-currency list) the demo's deposit comes from. */
  static final String LISTED_DEPOSITOR = "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX";

  static void seed(PlatformServices services, ChainAccess chain, Watchlist watchlist) {
    Register register =
        new Register(services.tx(), services.audit(), services.clock(), services.organisations());
    Snapshots snapshots = new Snapshots(services.tx(), services.audit(), services.clock());
    Declarations declarations =
        new Declarations(
            services.tx(), services.audit(), services.clock(), chain::network, chain::watch);
    YearMonth now = YearMonth.from(services.clock().instant().atZone(ZoneOffset.UTC));
    OrgId indus =
        seed(
            register,
            snapshots,
            declarations,
            DemoExchanges.INDUS,
            now,
            new long[] {195, 201, 204});
    seed(register, snapshots, declarations, DemoExchanges.RAVI, now, new long[] {78, 90, 106});
    VaspEntry applicant =
        register.apply(
            MAKER,
            new Application(
                "Sindh Crypto Brokers (Pvt) Ltd",
                "SECP-0003977",
                null,
                "broker",
                List.of("Brokerage", "OTC desk"),
                null,
                null,
                "Licensing officer",
                "licensing@sindh-brokers.example",
                null));
    register.propose(
        MAKER,
        applicant.orgId(),
        new TransitionRequest("under-review", "Fit-and-proper file received", null, null));
    Cases cases = new Cases(services.tx(), services.audit(), services.clock());
    new TransferMonitor(
            services.tx(),
            services.audit(),
            services.clock(),
            cases,
            RuleSetFile.defaults(),
            new AmlLookups(watchlist, register, services.clock()))
        .ingest(
            new Actor("demo:indus-reporter"),
            indus,
            DemoTransfers.week(indus, services.clock().instant(), LISTED_DEPOSITOR));
  }

  /** One exchange: applied, licensed, three monthly snapshots (BTC in hundredths of a BTC). */
  private static OrgId seed(
      Register register,
      Snapshots snapshots,
      Declarations declarations,
      DemoExchanges.Exchange exchange,
      YearMonth now,
      long[] btcHundredths) {
    VaspEntry entry =
        register.apply(
            MAKER,
            new Application(
                exchange.name(),
                exchange.registration(),
                null,
                exchange == DemoExchanges.INDUS ? "exchange" : "custodial-wallet",
                exchange == DemoExchanges.INDUS
                    ? List.of("Spot exchange", "Custody", "PKR on-ramp")
                    : List.of("Custodial wallet", "Staking custody"),
                null,
                now.minusMonths(6).atDay(3).toString(),
                "Compliance desk",
                "compliance@" + exchange.seed().split(" ")[2] + ".example",
                null));
    OrgId org = entry.orgId();
    move(register, org, "under-review", null, now.minusMonths(5));
    move(
        register,
        org,
        "licensed",
        "Segregate customer assets; report liabilities monthly",
        now.minusMonths(4));
    Actor reporter = new Actor("demo:" + exchange.seed().split(" ")[2] + "-reporter");
    for (int m = 0; m < btcHundredths.length; m++) {
      YearMonth month = now.minusMonths(btcHundredths.length - 1L - m);
      String message = declarations.challenge(reporter, org, entry.legalName(), month.toString());
      declarations.declare(
          reporter,
          org,
          new DeclarationRequest(
              month.toString(),
              List.of(
                  new Declaration.DeclaredAddress(exchange.address(), exchange.sign(message)))));
      Instant cutoff = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      int customers = exchange == DemoExchanges.INDUS ? INDUS_CUSTOMERS : 1_200;
      snapshots.upload(
          reporter,
          org,
          cutoff,
          Snapshots.Format.CSV,
          List.of(),
          new ByteArrayInputStream(
              customersCsv(exchange, customers, btcHundredths[m] * 1_000_000L, m)
                  .getBytes(StandardCharsets.UTF_8)));
    }
    return org;
  }

  private static void move(
      Register register, OrgId org, String to, String conditions, YearMonth effective) {
    var proposed =
        register.propose(
            MAKER,
            org,
            new TransitionRequest(
                to, "Demo: review complete", conditions, effective.atDay(1).toString()));
    register.approve(CHECKER, proposed.id(), null);
  }

  /**
   * Customers with BTC and USDT balances summing to exactly {@code btcTotal} satoshi; customer ids
   * are stable across months so a demo customer can check each month's inclusion.
   */
  static String customersCsv(
      DemoExchanges.Exchange exchange, int customers, long btcTotal, int month) {
    Random random = new Random(exchange.seed().hashCode() * 31L + month);
    String prefix = exchange == DemoExchanges.INDUS ? "indus-" : "ravi-";
    StringBuilder csv = new StringBuilder("customer_id,BTC,USDT\n");
    long left = btcTotal;
    for (int i = 0; i < customers; i++) {
      long btc =
          i == customers - 1
              ? left
              : Math.min(left, (long) (random.nextDouble() * 2 * btcTotal / customers));
      left -= btc;
      long usdt = random.nextInt(4) == 0 ? 0 : random.nextInt(50_000) * 1_000_000L;
      csv.append(String.format("%s%06d,%d,%d%n", prefix, i, btc, usdt));
    }
    return csv.toString();
  }
}
