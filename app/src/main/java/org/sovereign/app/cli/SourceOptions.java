package org.sovereign.app.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.sovereign.base.Network;
import org.sovereign.chain.source.BitcoinCoreRpcSource;
import org.sovereign.chain.source.BlockFileSource;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.chain.source.EsploraSource;
import org.sovereign.chain.source.RpcCredentials;
import picocli.CommandLine.Option;

/** Where a chain command reads blocks from. */
public final class SourceOptions {
  @Option(
      names = "--source",
      required = true,
      paramLabel = "SOURCE",
      description =
          "blocks:DIR (Bitcoin Core's blocks folder), rpc:URL (Bitcoin Core JSON-RPC) or esplora:URL.")
  String source;

  @Option(
      names = "--rpc-cookie",
      paramLabel = "FILE",
      description = "Bitcoin Core's .cookie file (for rpc:).")
  Path cookie;

  @Option(names = "--rpc-user", paramLabel = "USER", description = "rpcuser (for rpc:).")
  String user;

  @Option(
      names = "--rpc-password",
      paramLabel = "PASSWORD",
      description = "rpcpassword (for rpc:; or SOVEREIGN_RPC_PASSWORD).")
  String password;

  ChainSource open(Network network, ProgressBar indexing) throws IOException {
    int colon = source.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "--source must be blocks:DIR, rpc:URL or esplora:URL, not '" + source + "'");
    }
    String kind = source.substring(0, colon);
    String where = source.substring(colon + 1);
    return switch (kind) {
      case "blocks" -> BlockFileSource.open(Path.of(where), network, indexing::update);
      case "rpc" -> new BitcoinCoreRpcSource(URI.create(where), credentials());
      case "esplora" -> new EsploraSource(URI.create(where), Duration.ofSeconds(30));
      default ->
          throw new IllegalArgumentException(
              "unknown source kind '" + kind + "' (expected blocks, rpc or esplora)");
    };
  }

  private RpcCredentials credentials() {
    if (cookie != null) {
      return new RpcCredentials.Cookie(cookie);
    }
    String secret = password != null ? password : System.getenv("SOVEREIGN_RPC_PASSWORD");
    if (user == null || secret == null) {
      throw new IllegalArgumentException(
          "rpc: needs --rpc-cookie FILE, or --rpc-user and --rpc-password");
    }
    return new RpcCredentials.UserPassword(user, secret);
  }
}
