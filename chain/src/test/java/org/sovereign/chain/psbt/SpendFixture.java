package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.PrivateKey;
import fr.acinq.bitcoin.PublicKey;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.SigHash;
import fr.acinq.bitcoin.SigVersion;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxHash;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds one-input PSBTs spending a freshly made output of each supported kind, signed with
 * bitcoin-kmp by test keys, to exercise the finalizer beyond BIP-174's single workflow.
 */
final class SpendFixture {
  static final Satoshi AMOUNT = new Satoshi(100_000);

  /** The kinds of output the finalizer supports. */
  enum Kind {
    P2PKH,
    P2WPKH,
    P2SH_P2WPKH,
    P2SH_MULTI,
    P2WSH_SORTEDMULTI,
    P2SH_P2WSH_MULTI;

    boolean multisig() {
      return name().contains("MULTI");
    }
  }

  final Kind kind;
  final List<PrivateKey> keys = new ArrayList<>();
  final byte[] script; // the multisig or single-key script code
  final byte[] redeem; // p2sh redeemScript or null
  final byte[] witnessScript; // p2wsh witnessScript or null
  final Transaction funding;
  final Transaction spend;

  SpendFixture(Kind kind) {
    this.kind = kind;
    for (int i = 1; i <= (kind.multisig() ? 3 : 1); i++) {
      byte[] secret = new byte[32];
      Arrays.fill(secret, (byte) (0x10 * i + 1));
      keys.add(new PrivateKey(secret));
    }
    if (kind == Kind.P2WSH_SORTEDMULTI) {
      keys.sort(
          Comparator.comparing(k -> HexFormat.of().formatHex(k.publicKey().value.toByteArray())));
    }
    List<PublicKey> pubs = keys.stream().map(PrivateKey::publicKey).toList();
    byte[] multi = kind.multisig() ? Script.write(Script.createMultiSigMofN(2, pubs)) : null;
    byte[] spk;
    switch (kind) {
      case P2PKH -> {
        script = Script.write(Script.pay2pkh(pubs.getFirst()));
        redeem = null;
        witnessScript = null;
        spk = script;
      }
      case P2WPKH -> {
        script = Script.write(Script.pay2pkh(pubs.getFirst()));
        redeem = null;
        witnessScript = null;
        spk = Script.write(Script.pay2wpkh(pubs.getFirst()));
      }
      case P2SH_P2WPKH -> {
        script = Script.write(Script.pay2pkh(pubs.getFirst()));
        redeem = Script.write(Script.pay2wpkh(pubs.getFirst()));
        witnessScript = null;
        spk = Script.write(Script.pay2sh(redeem));
      }
      case P2SH_MULTI -> {
        script = multi;
        redeem = multi;
        witnessScript = null;
        spk = Script.write(Script.pay2sh(redeem));
      }
      case P2WSH_SORTEDMULTI -> {
        script = multi;
        redeem = null;
        witnessScript = multi;
        spk = Script.write(Script.pay2wsh(multi));
      }
      default -> {
        script = multi;
        witnessScript = multi;
        redeem = Script.write(Script.pay2wsh(multi));
        spk = Script.write(Script.pay2sh(redeem));
      }
    }
    funding =
        new Transaction(
            2,
            List.of(
                new TxIn(
                    new OutPoint(new TxHash(new byte[32]), 0), new byte[] {0x51}, 0xffffffffL)),
            List.of(new TxOut(AMOUNT, spk)),
            0);
    spend =
        new Transaction(
            2,
            List.of(new TxIn(new OutPoint(funding, 0), new byte[0], 0xfffffffdL)),
            List.of(new TxOut(new Satoshi(90_000), Script.pay2wpkh(pubs.getFirst()))),
            0);
  }

  boolean segwit() {
    return kind != Kind.P2PKH && kind != Kind.P2SH_MULTI;
  }

  /** Key {@code i}'s SIGHASH_ALL signature (DER + hash type) over the spend. */
  byte[] sign(int i) {
    int version = segwit() ? SigVersion.SIGVERSION_WITNESS_V0 : SigVersion.SIGVERSION_BASE;
    return spend.signInput(0, script, SigHash.SIGHASH_ALL, AMOUNT, version, keys.get(i));
  }

  byte[] pubkey(int i) {
    return keys.get(i).publicKey().value.toByteArray();
  }

  /** The PSBT with partial signatures {@code sigs[j]} under the keys {@code signers[j]}. */
  PartiallySignedTx psbt(int[] signers, byte[][] sigs) {
    List<KeyValue> input = new ArrayList<>();
    if (segwit()) {
      input.add(KeyValue.of(0x01, new byte[0], TxOut.write(funding.txOut.getFirst())));
    } else {
      input.add(KeyValue.of(0x00, new byte[0], Transaction.write(funding)));
    }
    for (int j = 0; j < signers.length; j++) {
      input.add(KeyValue.of(0x02, pubkey(signers[j]), sigs[j]));
    }
    input.add(KeyValue.of(0x03, new byte[0], new byte[] {1, 0, 0, 0}));
    if (redeem != null) {
      input.add(KeyValue.of(0x04, new byte[0], redeem));
    }
    if (witnessScript != null) {
      input.add(KeyValue.of(0x05, new byte[0], witnessScript));
    }
    input.add(KeyValue.of(0xf0, new byte[] {1, 2, 3}, new byte[] {4})); // unknown: must survive
    PartiallySignedTx built =
        new PartiallySignedTx(
            spend,
            new PsbtMap(List.of(KeyValue.of(0x00, new byte[0], Transaction.write(spend)))),
            List.of(new PsbtMap(input)),
            List.of(new PsbtMap(List.of())));
    return PsbtValidator.parse(built.serialize()).orThrow();
  }

  /** The PSBT signed by the given keys, each with its own signature. */
  PartiallySignedTx signedBy(int... signers) {
    byte[][] sigs = new byte[signers.length][];
    for (int j = 0; j < signers.length; j++) {
      sigs[j] = sign(signers[j]);
    }
    return psbt(signers, sigs);
  }
}
