package org.sovereign.app.reserve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sovereign.platform.json.Json;

/**
 * Debian's Electrum 4.3 run offline from the command line, as an independent cosigner: a 2-of-3
 * p2wsh wallet file written by hand (Electrum's restore makes single-key wallets only) holding one
 * custodian's private key and the others' public keys.
 */
final class Electrum {
  static final Path BINARY = Path.of("/usr/bin/electrum");

  private final Path home;

  Electrum(Path home) {
    this.home = home;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  String run(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(BINARY.toString(), "--regtest", "--offline", "-D", home.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("electrum " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }

  /** Electrum's p2wsh form of an extended key (Vpub/Vprv on test networks). */
  String p2wsh(String xkey) throws IOException, InterruptedException {
    return run("convert_xkey", xkey, "p2wsh");
  }

  /**
   * Writes a 2-of-3 wallet: {@code keys} are [xpub-or-xprv, fingerprint] in cosigner order; the
   * derivation is the account path all custodians use.
   */
  Path writeWallet(String name, List<String[]> keys, String derivation) throws IOException {
    ObjectNode wallet = Json.mapper().createObjectNode();
    wallet.put("wallet_type", "2of3");
    wallet.put("seed_version", 50);
    wallet.put("use_encryption", false);
    for (int i = 0; i < keys.size(); i++) {
      ObjectNode keystore = wallet.putObject("x" + (i + 1) + "/");
      keystore.put("type", "bip32");
      String key = keys.get(i)[0];
      boolean isPrivate = key.startsWith("Vprv");
      keystore.put("xpub", isPrivate ? keys.get(i)[2] : key);
      if (isPrivate) {
        keystore.put("xprv", key);
      } else {
        keystore.putNull("xprv");
      }
      keystore.put("derivation", derivation);
      keystore.put("root_fingerprint", keys.get(i)[1]);
    }
    Path dir = home.resolve("regtest").resolve("wallets");
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.writeString(file, Json.mapper().writeValueAsString(wallet));
    return file;
  }
}
