package org.sovereign.chain.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * How to authenticate to Bitcoin Core's RPC: user and password, or the cookie file Core writes in
 * its data directory ({@code __cookie__:<random>}), read again on every request so a node restart
 * (new cookie) does not need ours.
 */
public sealed interface RpcCredentials {
  String authorizationHeader();

  /** rpcuser / rpcpassword from bitcoin.conf. */
  record UserPassword(String user, String password) implements RpcCredentials {
    @Override
    public String authorizationHeader() {
      return basic(user + ":" + password);
    }
  }

  /** The {@code .cookie} file of a running node. */
  record Cookie(Path file) implements RpcCredentials {
    @Override
    public String authorizationHeader() {
      try {
        String content = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!content.contains(":")) {
          throw new ChainSourceException("cookie file " + file + " is not user:password");
        }
        return basic(content);
      } catch (IOException e) {
        throw new ChainSourceException(
            "cannot read the RPC cookie file " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private static String basic(String userPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
  }
}
