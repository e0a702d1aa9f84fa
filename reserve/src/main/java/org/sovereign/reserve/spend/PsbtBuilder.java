package org.sovereign.reserve.spend;

import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxHash;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import fr.acinq.bitcoin.psbt.Psbt;
import fr.acinq.bitcoin.utils.Either;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sovereign.base.Network;
import org.sovereign.chain.bip322.Address;
import org.sovereign.chain.index.IndexedOutput;
import org.sovereign.platform.errors.DomainException;

/**
 * Builds the PSBT v0 for an approved spend: coin selection (largest first), change to the vault's
 * change branch, and for every input the witness UTXO, witness script and each key's BIP-32 origin,
 * so any signer (hardware wallet, Sparrow, Electrum, Bitcoin Core) can sign it.
 */
final class PsbtBuilder {
  private PsbtBuilder() {}

  /** The PSBT and what it commits to. */
  record Built(byte[] psbt, List<IndexedOutput> inputs, long feeSat, long changeSat) {}

  static Built build(
      VaultKeys keys,
      Network network,
      List<IndexedOutput> spendable,
      List<Destination> destinations,
      int feeRate,
      int changeIndex) {
    long wanted = destinations.stream().mapToLong(Destination::amount_sat).sum();
    List<TxOut> outputs = new ArrayList<>();
    for (Destination d : destinations) {
      outputs.add(
          new TxOut(
              new Satoshi(d.amount_sat()),
              Address.parse(d.address().strip(), network).scriptPubKey()));
    }
    List<IndexedOutput> coins = new ArrayList<>(spendable);
    coins.sort(Comparator.comparingLong((IndexedOutput o) -> o.value().value()).reversed());
    List<IndexedOutput> selected = new ArrayList<>();
    long gathered = 0;
    long fee = 0;
    double inputVbytes = 41 + keys.witnessBytes() / 4.0;
    for (IndexedOutput coin : coins) {
      selected.add(coin);
      gathered += coin.value().value();
      double vbytes = 10.5 + selected.size() * inputVbytes + (outputs.size() + 1) * 43;
      fee = (long) Math.ceil(vbytes * feeRate);
      if (gathered >= wanted + fee) {
        break;
      }
    }
    if (gathered < wanted + fee) {
      throw new DomainException(
          409,
          "insufficient-funds",
          "the vault has "
              + gathered
              + " sat, the spend needs "
              + (wanted + fee)
              + " sat with fees",
          null);
    }
    long change = gathered - wanted - fee;
    VaultKeys.Position changePosition = new VaultKeys.Position(1, changeIndex);
    boolean withChange = change >= 546;
    if (withChange) {
      outputs.add(new TxOut(new Satoshi(change), keys.scriptPubKey(changePosition)));
    } else {
      fee += change;
      change = 0;
    }
    List<TxIn> inputs = new ArrayList<>();
    for (IndexedOutput coin : selected) {
      inputs.add(
          new TxIn(
              new OutPoint(
                  new TxHash(coin.outPoint().txid().internalBytes()), coin.outPoint().index()),
              new byte[0],
              0xfffffffdL));
    }
    Psbt psbt = new Psbt(new Transaction(2, inputs, outputs, 0));
    for (int i = 0; i < selected.size(); i++) {
      IndexedOutput coin = selected.get(i);
      VaultKeys.Position p = keys.positionOf(coin.script());
      psbt =
          ok(
              psbt.updateWitnessInput(
                  inputs.get(i).outPoint,
                  new TxOut(new Satoshi(coin.value().value()), coin.script()),
                  null,
                  keys.witnessScript(p),
                  null,
                  keys.derivations(p),
                  null,
                  null,
                  java.util.Map.of()));
    }
    if (withChange) {
      psbt =
          ok(
              psbt.updateWitnessOutput(
                  outputs.size() - 1,
                  keys.witnessScript(changePosition),
                  null,
                  keys.derivations(changePosition),
                  null,
                  java.util.Map.of()));
    }
    return new Built(Psbt.write(psbt).toByteArray(), List.copyOf(selected), fee, change);
  }

  private static Psbt ok(Either<?, Psbt> result) {
    if (!result.isRight()) {
      throw new IllegalStateException("PSBT update failed: " + result.getLeft());
    }
    return result.getRight();
  }
}
