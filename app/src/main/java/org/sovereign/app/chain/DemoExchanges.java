package org.sovereign.app.chain;

import fr.acinq.bitcoin.Bech32;
import fr.acinq.bitcoin.ByteVector32;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PrivateKey;
import fr.acinq.bitcoin.Script;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sovereign.base.Network;
import org.sovereign.chain.bip322.Bip322;

/**
 * The demo's two licensed exchanges and their reserve keys (from public demo seeds: never for real
 * coins). The demo network pays their reserve addresses; the demo's reporters sign the Authority's
 * challenges with them.
 */
public final class DemoExchanges {
  /** One demo exchange: its name, its reserve address and the BTC the demo network pays it. */
  public record Exchange(String name, String registration, long reserveSat, String seed) {
    private PrivateKey key() {
      return new PrivateKey(new ByteVector32(Crypto.sha256(seed.getBytes(StandardCharsets.UTF_8))));
    }

    public String address() {
      return Bech32.encodeWitnessAddress("bcrt", (byte) 0, Crypto.hash160(key().publicKey().value));
    }

    public byte[] script() {
      return Script.write(Script.pay2wpkh(key().publicKey()));
    }

    /** A BIP-322 signature of {@code message} by the reserve key, as the exchange would make. */
    public String sign(String message) {
      return Bip322.signSimple(key().toBase58((byte) 0xef), address(), message, Network.REGTEST);
    }
  }

  public static final Exchange INDUS =
      new Exchange(
          "Indus Digital Exchange Ltd",
          "SECP-0001742",
          310_000_000L,
          "sovereign demo indus reserve");
  public static final Exchange RAVI =
      new Exchange(
          "Ravi Custody (Pvt) Ltd", "SECP-0002318", 95_000_000L, "sovereign demo ravi reserve");

  public static List<Exchange> all() {
    return List.of(INDUS, RAVI);
  }

  private DemoExchanges() {}
}
