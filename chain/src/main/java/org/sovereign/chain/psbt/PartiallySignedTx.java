package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.Transaction;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A structurally valid PSBT v0: the unsigned transaction and the global, input and output maps,
 * each kept as the raw key-value pairs so that {@link #serialize()} reproduces the parsed bytes
 * exactly. Immutable; obtain one from {@link PsbtValidator}.
 */
public record PartiallySignedTx(
    Transaction unsignedTx, PsbtMap global, List<PsbtMap> inputs, List<PsbtMap> outputs) {

  private static final byte[] MAGIC = {0x70, 0x73, 0x62, 0x74, (byte) 0xff};

  /** A PSBT with copies of the given maps; map counts must match the transaction's. */
  public PartiallySignedTx {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    if (inputs.size() != unsignedTx.txIn.size() || outputs.size() != unsignedTx.txOut.size()) {
      throw new IllegalArgumentException("map counts differ from the unsigned transaction's");
    }
  }

  static byte[] magic() {
    return MAGIC.clone();
  }

  /** The input map at {@code index}. */
  public PsbtMap input(int index) {
    return inputs.get(index);
  }

  /** A copy of this PSBT with input map {@code index} replaced. */
  public PartiallySignedTx withInput(int index, PsbtMap map) {
    List<PsbtMap> copy = new ArrayList<>(inputs);
    copy.set(index, map);
    return new PartiallySignedTx(unsignedTx, global, copy, outputs);
  }

  /** The BIP-174 binary serialisation. */
  public byte[] serialize() {
    PsbtBytes out = new PsbtBytes();
    out.write(MAGIC);
    global.writeTo(out);
    inputs.forEach(m -> m.writeTo(out));
    outputs.forEach(m -> m.writeTo(out));
    return out.toByteArray();
  }

  /** The base64 text form. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(serialize());
  }
}
