package org.sovereign.chain.regtest;

import fr.acinq.bitcoin.Block;
import fr.acinq.bitcoin.BlockHash;
import fr.acinq.bitcoin.BlockHeader;
import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.ByteVector32;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.MerkleTree;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxHash;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds consensus-valid regtest blocks: a BIP-34 coinbase paying subsidy plus fees, the BIP-141
 * witness commitment, the merkle root, and a nonce found for the regtest target.
 */
final class BlockAssembler {
  static final long REGTEST_BITS = 0x207fffffL;
  static final int HALVING_INTERVAL = 150;
  private static final long COIN = 100_000_000L;

  private BlockAssembler() {}

  static long subsidy(int height) {
    int halvings = height / HALVING_INTERVAL;
    return halvings >= 64 ? 0 : (50 * COIN) >> halvings;
  }

  static Block assemble(
      BlockHash previous,
      int height,
      long time,
      byte[] payoutScript,
      long fees,
      List<Transaction> transactions,
      long extraNonce) {
    Transaction coinbase =
        coinbase(height, payoutScript, subsidy(height) + fees, transactions, extraNonce);
    List<Transaction> all = new ArrayList<>();
    all.add(coinbase);
    all.addAll(transactions);
    List<ByteVector32> txids = all.stream().map(tx -> tx.hash.value).toList();
    ByteVector32 merkleRoot = MerkleTree.computeRoot(txids);
    BlockHeader header = new BlockHeader(0x20000000L, previous, merkleRoot, time, REGTEST_BITS, 0);
    long nonce = 0;
    while (!header.setNonce(nonce).checkProofOfWork()) {
      nonce++;
    }
    return new Block(header.setNonce(nonce), all);
  }

  private static Transaction coinbase(
      int height,
      byte[] payoutScript,
      long value,
      List<Transaction> transactions,
      long extraNonce) {
    ByteArrayOutputStream scriptSig = new ByteArrayOutputStream();
    if (height >= 1 && height <= 16) {
      scriptSig.write(0x50 + height);
    } else {
      push(scriptSig, scriptNumber(height));
    }
    push(scriptSig, scriptNumber(extraNonce));
    TxIn input =
        new TxIn(
            new OutPoint(new TxHash(new byte[32]), 0xffffffffL),
            new ByteVector(scriptSig.toByteArray()),
            0xffffffffL,
            new ScriptWitness(List.of(new ByteVector(new byte[32]))));
    List<TxOut> outputs = new ArrayList<>();
    outputs.add(new TxOut(new Satoshi(value), payoutScript));
    outputs.add(new TxOut(new Satoshi(0), witnessCommitment(transactions)));
    return new Transaction(2, List.of(input), outputs, 0);
  }

  /** OP_RETURN aa21a9ed || SHA256d(witness merkle root || 32 zero bytes). */
  private static byte[] witnessCommitment(List<Transaction> transactions) {
    List<ByteVector32> wtxids = new ArrayList<>();
    wtxids.add(new ByteVector32(new byte[32]));
    for (Transaction tx : transactions) {
      wtxids.add(new ByteVector32(Crypto.hash256(Transaction.write(tx))));
    }
    byte[] root = MerkleTree.computeRoot(wtxids).toByteArray();
    byte[] preimage = new byte[64];
    System.arraycopy(root, 0, preimage, 0, 32);
    byte[] commitment = Crypto.hash256(preimage);
    byte[] script = new byte[38];
    script[0] = 0x6a;
    script[1] = 0x24;
    script[2] = (byte) 0xaa;
    script[3] = 0x21;
    script[4] = (byte) 0xa9;
    script[5] = (byte) 0xed;
    System.arraycopy(commitment, 0, script, 6, 32);
    return script;
  }

  private static byte[] scriptNumber(long n) {
    if (n == 0) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long v = n;
    while (v > 0) {
      out.write((int) (v & 0xff));
      v >>>= 8;
    }
    byte[] bytes = out.toByteArray();
    if ((bytes[bytes.length - 1] & 0x80) != 0) {
      byte[] extended = new byte[bytes.length + 1];
      System.arraycopy(bytes, 0, extended, 0, bytes.length);
      return extended;
    }
    return bytes;
  }

  private static void push(ByteArrayOutputStream out, byte[] data) {
    if (data.length == 0) {
      out.write(0);
      return;
    }
    out.write(data.length);
    out.writeBytes(data);
  }
}
