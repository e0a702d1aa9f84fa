package org.sovereign.app.chain;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.sovereign.base.Network;
import org.sovereign.chain.source.BitcoinCoreRpcSource;
import org.sovereign.chain.source.BlockFileSource;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.chain.source.EsploraSource;
import org.sovereign.chain.source.RpcCredentials;
import org.sovereign.platform.config.ConfigException;
import org.sovereign.platform.config.ConfigSource;

/**
 * Which Bitcoin chain the server follows: {@code chain.source} is {@code none}, {@code
 * regtest-demo} (the built-in simulator, the demo's default), {@code rpc:URL} with {@code
 * chain.rpc.cookie} or {@code chain.rpc.user}/{@code chain.rpc.password}, {@code esplora:URL} or
 * {@code blocks:DIR}; {@code chain.network} and {@code chain.poll.seconds} complete it.
 */
public record ChainSettings(
    String source,
    Network network,
    Duration poll,
    String rpcCookie,
    String rpcUser,
    String rpcPassword) {

  public static final String NONE = "none";
  public static final String DEMO = "regtest-demo";

  public static ChainSettings from(ConfigSource config, String defaultSource) {
    String source = config.string("chain.source", defaultSource);
    Network network;
    try {
      network =
          Network.parse(config.string("chain.network", source.equals(DEMO) ? "regtest" : "main"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("configuration key 'chain.network': " + e.getMessage());
    }
    return new ChainSettings(
        source,
        network,
        Duration.ofSeconds(config.integer("chain.poll.seconds", 10, 1, 3600)),
        config.get("chain.rpc.cookie").orElse(null),
        config.get("chain.rpc.user").orElse(null),
        config.get("chain.rpc.password").orElse(null));
  }

  public boolean enabled() {
    return !source.equals(NONE);
  }

  /** Opens a real source (not the demo simulator, which the runtime builds itself). */
  public ChainSource open() {
    int colon = source.indexOf(':');
    String kind = colon < 0 ? source : source.substring(0, colon);
    String where = colon < 0 ? "" : source.substring(colon + 1);
    try {
      return switch (kind) {
        case "rpc" -> new BitcoinCoreRpcSource(URI.create(where), credentials());
        case "esplora" -> new EsploraSource(URI.create(where), Duration.ofSeconds(30));
        case "blocks" -> BlockFileSource.open(Path.of(where), network, f -> {});
        default ->
            throw new ConfigException(
                "configuration key 'chain.source' must be none, regtest-demo, rpc:URL, esplora:URL or blocks:DIR, not '"
                    + source
                    + "'");
      };
    } catch (java.io.IOException e) {
      throw new ConfigException("chain.source " + source + ": " + e.getMessage());
    }
  }

  private RpcCredentials credentials() {
    if (rpcCookie != null) {
      return new RpcCredentials.Cookie(Path.of(rpcCookie));
    }
    if (rpcUser == null || rpcPassword == null) {
      throw new ConfigException(
          "chain.source rpc: needs chain.rpc.cookie, or chain.rpc.user and chain.rpc.password");
    }
    return new RpcCredentials.UserPassword(rpcUser, rpcPassword);
  }

  /** The source as the overview shows it (no credentials). */
  public String description() {
    return source.equals(DEMO)
        ? "built-in regtest simulator (demo)"
        : source + " (" + network.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
