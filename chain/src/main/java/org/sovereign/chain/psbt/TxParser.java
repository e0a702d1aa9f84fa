package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxHash;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds-checked parsing of transactions, outputs and witnesses into bitcoin-kmp values, following
 * Bitcoin Core's rules (witness flag, superfluous witness), so hostile lengths never allocate more
 * than the bytes present.
 */
final class TxParser {
  private TxParser() {}

  /** A whole transaction; with {@code allowWitness} false, the legacy format only. */
  static Transaction transaction(byte[] bytes, boolean allowWitness, String where)
      throws PsbtFormatException {
    ByteCursor in = new ByteCursor(bytes, where);
    long version = in.readUInt32();
    List<TxIn> inputs = readInputs(in);
    List<TxOut> outputs = new ArrayList<>();
    int flags = 0;
    if (inputs.isEmpty() && allowWitness) {
      flags = in.readByte();
      if (flags != 0) {
        inputs = readInputs(in);
        outputs = readOutputs(in);
      }
    } else {
      outputs = readOutputs(in);
    }
    if ((flags & 1) != 0) {
      flags ^= 1;
      boolean any = false;
      List<TxIn> withWitness = new ArrayList<>();
      for (TxIn input : inputs) {
        ScriptWitness witness = readWitness(in);
        any |= !witness.stack.isEmpty();
        withWitness.add(new TxIn(input.outPoint, input.signatureScript, input.sequence, witness));
      }
      if (!any) {
        throw malformed(where, "superfluous witness record");
      }
      inputs = withWitness;
    }
    if (flags != 0) {
      throw malformed(where, "unknown transaction optional data");
    }
    long lockTime = in.readUInt32();
    if (!in.atEnd()) {
      throw malformed(where, in.remaining() + " byte(s) after the transaction");
    }
    return new Transaction(version, inputs, outputs, lockTime);
  }

  /** A serialised output: 8-byte amount and a script, with nothing after it. */
  static TxOut txOut(byte[] bytes, String where) throws PsbtFormatException {
    ByteCursor in = new ByteCursor(bytes, where);
    TxOut out = readOutput(in);
    if (!in.atEnd()) {
      throw new PsbtFormatException(
          RejectReason.INVALID_VALUE, where + ": " + in.remaining() + " byte(s) after the output");
    }
    return out;
  }

  /** A serialised witness stack, with nothing after it. */
  static ScriptWitness witness(byte[] bytes, String where) throws PsbtFormatException {
    ByteCursor in = new ByteCursor(bytes, where);
    ScriptWitness witness = readWitness(in);
    if (!in.atEnd()) {
      throw new PsbtFormatException(
          RejectReason.INVALID_VALUE, where + ": " + in.remaining() + " byte(s) after the witness");
    }
    return witness;
  }

  private static List<TxIn> readInputs(ByteCursor in) throws PsbtFormatException {
    long count = in.readCompactSize();
    List<TxIn> inputs = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      byte[] hash = in.readBytes(32);
      long index = in.readUInt32();
      byte[] script = in.readVarBytes();
      long sequence = in.readUInt32();
      inputs.add(
          new TxIn(
              new OutPoint(new TxHash(hash), index),
              new ByteVector(script),
              sequence,
              new ScriptWitness()));
    }
    return inputs;
  }

  private static List<TxOut> readOutputs(ByteCursor in) throws PsbtFormatException {
    long count = in.readCompactSize();
    List<TxOut> outputs = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      outputs.add(readOutput(in));
    }
    return outputs;
  }

  private static TxOut readOutput(ByteCursor in) throws PsbtFormatException {
    long amount = in.readInt64();
    byte[] script = in.readVarBytes();
    return new TxOut(new Satoshi(amount), new ByteVector(script));
  }

  private static ScriptWitness readWitness(ByteCursor in) throws PsbtFormatException {
    long count = in.readCompactSize();
    List<ByteVector> stack = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      stack.add(new ByteVector(in.readVarBytes()));
    }
    return new ScriptWitness(stack);
  }

  private static PsbtFormatException malformed(String where, String what) {
    return new PsbtFormatException(RejectReason.INVALID_VALUE, where + ": " + what);
  }
}
