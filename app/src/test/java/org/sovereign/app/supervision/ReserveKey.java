package org.sovereign.app.supervision;

import fr.acinq.bitcoin.Bech32;
import fr.acinq.bitcoin.ByteVector32;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PrivateKey;
import fr.acinq.bitcoin.Script;
import java.nio.charset.StandardCharsets;
import org.sovereign.base.Network;
import org.sovereign.chain.bip322.Bip322;

/** A VASP's reserve key in tests: a regtest p2wpkh address and BIP-322 signatures by it. */
final class ReserveKey {
  private final String wif;
  private final String address;
  private final byte[] script;

  ReserveKey(String seed) {
    PrivateKey key =
        new PrivateKey(new ByteVector32(Crypto.sha256(seed.getBytes(StandardCharsets.UTF_8))));
    wif = key.toBase58((byte) 0xef);
    address = Bech32.encodeWitnessAddress("bcrt", (byte) 0, Crypto.hash160(key.publicKey().value));
    script = Script.write(Script.pay2wpkh(key.publicKey()));
  }

  String address() {
    return address;
  }

  byte[] script() {
    return script.clone();
  }

  String sign(String message) {
    return Bip322.signSimple(wif, address, message, Network.REGTEST);
  }
}
