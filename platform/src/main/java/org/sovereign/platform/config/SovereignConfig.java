package org.sovereign.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the server needs to start. Every value has a default that works with no configuration:
 * an embedded PostgreSQL under {@code ./data}, listening on 127.0.0.1.
 */
public record SovereignConfig(
    String httpHost,
    int httpPort,
    Path dataDirectory,
    Optional<String> jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    int embeddedDbPort,
    int poolSize,
    Duration sessionIdleTimeout,
    Duration sessionAbsoluteTimeout,
    boolean secureCookies,
    int loginMaxFailures,
    Duration loginLockout,
    int loginAttemptsPerMinutePerAddress,
    Locale locale) {

  public static SovereignConfig from(ConfigSource source) {
    return new SovereignConfig(
        source.string("http.host", "127.0.0.1"),
        source.integer("http.port", 8080, 0, 65535),
        Path.of(source.string("data.dir", "data")),
        source.get("db.url"),
        source.string("db.user", "postgres"),
        source.string("db.password", ""),
        source.integer("db.embedded.port", 0, 0, 65535),
        source.integer("db.pool.size", 10, 1, 200),
        Duration.ofMinutes(source.integer("session.idle.minutes", 30, 1, 24 * 60)),
        Duration.ofHours(source.integer("session.absolute.hours", 12, 1, 24 * 30)),
        source.bool("session.secure.cookies", false),
        source.integer("login.max.failures", 5, 1, 100),
        Duration.ofMinutes(source.integer("login.lockout.minutes", 15, 1, 24 * 60)),
        source.integer("login.rate.per.minute", 20, 1, 10_000),
        Locale.forLanguageTag(source.string("ui.locale", "en")));
  }

  public static SovereignConfig defaults() {
    return from(ConfigSource.of(java.util.Map.of(), java.util.Map.of()));
  }

  public boolean embeddedDatabase() {
    return jdbcUrl.isEmpty();
  }

  public SovereignConfig withHttpPort(int port) {
    return new SovereignConfig(
        httpHost,
        port,
        dataDirectory,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        embeddedDbPort,
        poolSize,
        sessionIdleTimeout,
        sessionAbsoluteTimeout,
        secureCookies,
        loginMaxFailures,
        loginLockout,
        loginAttemptsPerMinutePerAddress,
        locale);
  }

  public SovereignConfig withDataDirectory(Path directory) {
    return new SovereignConfig(
        httpHost,
        httpPort,
        directory,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        embeddedDbPort,
        poolSize,
        sessionIdleTimeout,
        sessionAbsoluteTimeout,
        secureCookies,
        loginMaxFailures,
        loginLockout,
        loginAttemptsPerMinutePerAddress,
        locale);
  }

  public SovereignConfig withJdbc(String url, String user, String password) {
    return new SovereignConfig(
        httpHost,
        httpPort,
        dataDirectory,
        Optional.of(url),
        user,
        password,
        embeddedDbPort,
        poolSize,
        sessionIdleTimeout,
        sessionAbsoluteTimeout,
        secureCookies,
        loginMaxFailures,
        loginLockout,
        loginAttemptsPerMinutePerAddress,
        locale);
  }
}
