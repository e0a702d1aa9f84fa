package org.sovereign.reserve.spend;

import fr.acinq.bitcoin.KeyPath;
import fr.acinq.bitcoin.PublicKey;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.ScriptElt;
import fr.acinq.bitcoin.psbt.KeyPathWithMaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.Hex;
import org.sovereign.base.Network;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.descriptor.KeyOrigin;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.reserve.vault.Vault;

/**
 * The keys and scripts of a wsh(multi/sortedmulti) vault at a branch and index: the witness script,
 * and each key's BIP-32 origin for the PSBT so any signer can find its key.
 */
public final class VaultKeys {
  /** Where an output script sits in the vault: branch 0 receive, 1 change. */
  public record Position(int branch, int index) {}

  private final Vault vault;
  private final Descriptor[] branches;
  private final boolean sorted;
  private final Map<String, Position> positions = new HashMap<>();

  public VaultKeys(Vault vault, Network network, int lookahead) {
    this.vault = vault;
    if (!vault.descriptor().startsWith("wsh(") || !vault.descriptor().contains("multi(")) {
      throw new DomainException(
          409,
          "vault-type-unsupported",
          "the platform builds PSBTs for wsh(multi) and wsh(sortedmulti) vaults; this vault is "
              + vault.descriptor().substring(0, Math.min(12, vault.descriptor().length()))
              + "…",
          null);
    }
    this.sorted = vault.descriptor().startsWith("wsh(sortedmulti(");
    this.branches =
        new Descriptor[] {
          Descriptor.parse(vault.receiveDescriptor(), network),
          Descriptor.parse(vault.changeDescriptor(), network)
        };
    for (int branch = 0; branch < 2; branch++) {
      for (int i = 0; i < lookahead; i++) {
        positions.put(
            Hex.encode(branches[branch].scriptPubKeys(i).getFirst()), new Position(branch, i));
      }
    }
  }

  public Position positionOf(byte[] script) {
    Position p = positions.get(Hex.encode(script));
    if (p == null) {
      throw new IllegalStateException("output script is not within the vault's derived window");
    }
    return p;
  }

  byte[] scriptPubKey(Position p) {
    return branches[p.branch()].scriptPubKeys(p.index()).getFirst();
  }

  public List<ScriptElt> witnessScript(Position p) {
    List<PublicKey> keys = new ArrayList<>();
    for (KeyOrigin origin : branches[p.branch()].keyOrigins(p.index())) {
      keys.add(new PublicKey(origin.publicKey()));
    }
    if (sorted) {
      keys.sort((a, b) -> Arrays.compareUnsigned(a.value.toByteArray(), b.value.toByteArray()));
    }
    List<ScriptElt> script = Script.createMultiSigMofN(vault.quorum(), keys);
    if (!Arrays.equals(Script.write(Script.pay2wsh(script)), scriptPubKey(p))) {
      throw new IllegalStateException(
          "rebuilt witness script does not hash to the vault's output script");
    }
    return script;
  }

  public Map<PublicKey, KeyPathWithMaster> derivations(Position p) {
    Map<PublicKey, KeyPathWithMaster> map = new LinkedHashMap<>();
    for (KeyOrigin origin : branches[p.branch()].keyOrigins(p.index())) {
      List<Long> path = new ArrayList<>();
      for (int step : origin.path()) {
        path.add(step & 0xffffffffL);
      }
      map.put(
          new PublicKey(origin.publicKey()),
          new KeyPathWithMaster(origin.fingerprint() & 0xffffffffL, new KeyPath(path)));
    }
    return map;
  }

  /** Witness bytes of a spend with {@code quorum} signatures, for fee estimation. */
  int witnessBytes() {
    int scriptLength = Script.write(witnessScript(new Position(0, 0))).length;
    return 1 + 1 + vault.quorum() * 73 + 1 + scriptLength + 3;
  }
}
