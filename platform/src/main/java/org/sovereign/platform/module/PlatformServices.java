package org.sovereign.platform.module;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import org.sovereign.platform.accounts.Accounts;
import org.sovereign.platform.accounts.ApiTokens;
import org.sovereign.platform.accounts.Organisations;
import org.sovereign.platform.accounts.PasswordHasher;
import org.sovereign.platform.accounts.Sessions;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.db.Database;
import org.sovereign.platform.db.Tx;

/** The shared infrastructure every module is handed: storage, audit chain, accounts, metrics. */
public record PlatformServices(
    SovereignConfig config,
    Database database,
    Tx tx,
    AuditLog audit,
    Accounts accounts,
    Organisations organisations,
    ApiTokens tokens,
    Sessions sessions,
    Clock clock,
    PrometheusMeterRegistry metrics,
    StatusBoard status) {

  /** A registry for Prometheus with the JVM's own meters bound. */
  public static PrometheusMeterRegistry newMetrics() {
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmGcMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
    new UptimeMetrics().bindTo(metrics);
    return metrics;
  }

  public static PlatformServices create(
      SovereignConfig config, Database database, Clock clock, PrometheusMeterRegistry metrics) {
    Tx tx = new Tx(database.jdbi());
    AuditLog audit = new AuditLog(clock);
    return new PlatformServices(
        config,
        database,
        tx,
        audit,
        new Accounts(
            tx,
            audit,
            new PasswordHasher(),
            clock,
            config.loginMaxFailures(),
            config.loginLockout()),
        new Organisations(tx, audit, clock),
        new ApiTokens(tx, audit, clock),
        new Sessions(tx, clock, config.sessionIdleTimeout(), config.sessionAbsoluteTimeout()),
        clock,
        metrics,
        new StatusBoard());
  }
}
