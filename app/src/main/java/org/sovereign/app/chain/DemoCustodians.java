package org.sovereign.app.chain;

import fr.acinq.bitcoin.DeterministicWallet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.base.Network;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.reserve.vault.Custodian;

/**
 * The demo reserve's three custodians: keys from fixed seeds, so every demo start has the same
 * 2-of-3 vault. Only their public keys reach the platform; the seeds stand in for the custodians'
 * hardware signers.
 */
public final class DemoCustodians {
  public static final int COUNT = 3;

  private static final List<String> NAMES =
      List.of("Treasury custodian", "State Bank custodian", "Auditor General custodian");
  private static final List<String> LOCATIONS =
      List.of(
          "Islamabad vault, hardware signer",
          "Karachi vault, hardware signer",
          "Lahore vault, air-gapped laptop");

  private final List<String> fingerprints = new ArrayList<>();
  private final String descriptor;

  /** The first vault's custodians (BIP-48 account 0). */
  public DemoCustodians() {
    this(0);
  }

  /** The same custodians' keys for another vault: BIP-48 account {@code account}. */
  public DemoCustodians(int account) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      var master = master(i);
      String fingerprint =
          String.format(
              "%08x",
              DeterministicWallet.fingerprint(DeterministicWallet.publicKey(master)) & 0xffffffffL);
      var accountKey = DeterministicWallet.derivePrivateKey(master, "m/48'/1'/" + account + "'/2'");
      keys.add(
          "["
              + fingerprint
              + "/48h/1h/"
              + account
              + "h/2h]"
              + DeterministicWallet.encode(
                  DeterministicWallet.publicKey(accountKey), DeterministicWallet.tpub)
              + "/<0;1>/*");
      fingerprints.add(fingerprint);
    }
    descriptor = "wsh(sortedmulti(2," + String.join(",", keys) + "))";
  }

  /** Custodian {@code i}'s master key from its demo seed; only demo signers use it. */
  static DeterministicWallet.ExtendedPrivateKey master(int i) {
    return DeterministicWallet.generate(
        ("sovereign demo custodian " + i).getBytes(StandardCharsets.UTF_8));
  }

  public String descriptor() {
    return descriptor;
  }

  public List<Custodian> custodians() {
    List<Custodian> list = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      list.add(new Custodian(NAMES.get(i), fingerprints.get(i), LOCATIONS.get(i)));
    }
    return list;
  }

  public byte[] receiveScript(int index) {
    return Descriptor.parse(descriptor, Network.REGTEST)
        .expandMultipath()
        .getFirst()
        .scriptPubKeys(index)
        .getFirst();
  }
}
