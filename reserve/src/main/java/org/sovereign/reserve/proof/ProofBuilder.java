package org.sovereign.reserve.proof;

import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxHash;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import fr.acinq.bitcoin.psbt.Psbt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sovereign.base.Hex;
import org.sovereign.chain.index.IndexedOutput;
import org.sovereign.reserve.spend.VaultKeys;

/**
 * Builds a BIP-127 proof-of-reserves PSBT: input 0 is the commitment to the message, then every
 * coin of every vault with its witness UTXO, witness script and key origins (so custodians' signers
 * can sign it like a spend); one OP_RETURN output of 0 sat.
 */
final class ProofBuilder {
  private ProofBuilder() {}

  /** A coin and the keys of the vault that holds it. */
  record Coin(IndexedOutput output, VaultKeys keys) {}

  static byte[] build(String message, List<Coin> coins) {
    List<TxIn> inputs = new ArrayList<>();
    inputs.add(new TxIn(Commitment.outPoint(message), new byte[0], 0xffffffffL));
    for (Coin coin : coins) {
      inputs.add(
          new TxIn(
              new OutPoint(
                  new TxHash(coin.output().outPoint().txid().internalBytes()),
                  coin.output().outPoint().index()),
              new byte[0],
              0xffffffffL));
    }
    byte[] tag = "Sovereign proof of reserves".getBytes(StandardCharsets.US_ASCII);
    byte[] opReturn = new byte[tag.length + 2];
    opReturn[0] = 0x6a;
    opReturn[1] = (byte) tag.length;
    System.arraycopy(tag, 0, opReturn, 2, tag.length);
    Psbt psbt =
        new Psbt(new Transaction(2, inputs, List.of(new TxOut(new Satoshi(0), opReturn)), 0));
    for (int i = 0; i < coins.size(); i++) {
      Coin coin = coins.get(i);
      VaultKeys.Position p = coin.keys().positionOf(coin.output().script());
      var updated =
          psbt.updateWitnessInput(
              inputs.get(i + 1).outPoint,
              new TxOut(new Satoshi(coin.output().value().value()), coin.output().script()),
              null,
              coin.keys().witnessScript(p),
              null,
              coin.keys().derivations(p),
              null,
              null,
              Map.of());
      if (!updated.isRight()) {
        throw new IllegalStateException(
            "proof PSBT update failed at coin "
                + Hex.encode(coin.output().script())
                + ": "
                + updated.getLeft());
      }
      psbt = updated.getRight();
    }
    return Psbt.write(psbt).toByteArray();
  }
}
