package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.Transaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict BIP-174 (PSBT version 0) reader. Reads the key-value maps by hand and rejects every
 * malformed PSBT with a {@link RejectReason} and a message naming the map, the key type and the
 * byte offset; an accepted PSBT re-serialises to exactly the bytes it was read from, unknown keys
 * included. Stateless and thread-safe.
 */
public final class PsbtValidator {
  private PsbtValidator() {}

  /** Parses and validates base64 text (surrounding whitespace is ignored). */
  public static ParseResult parseBase64(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      return new ParseResult.Rejected(RejectReason.INVALID_BASE64, "not base64: " + e.getMessage());
    }
    return parse(bytes);
  }

  /** Parses and validates PSBT bytes. */
  public static ParseResult parse(byte[] bytes) {
    try {
      PartiallySignedTx psbt = read(bytes.clone());
      byte[] again = psbt.serialize();
      if (!Arrays.equals(again, bytes)) {
        return new ParseResult.Rejected(
            RejectReason.NON_CANONICAL_COMPACT_SIZE,
            "re-serialisation differs from the input at offset " + Arrays.mismatch(again, bytes));
      }
      return new ParseResult.Accepted(psbt);
    } catch (PsbtFormatException e) {
      return new ParseResult.Rejected(e.reason(), e.getMessage());
    }
  }

  private static PartiallySignedTx read(byte[] bytes) throws PsbtFormatException {
    byte[] magic = PartiallySignedTx.magic();
    if (bytes.length < magic.length || !Arrays.equals(Arrays.copyOf(bytes, magic.length), magic)) {
      throw new PsbtFormatException(
          RejectReason.BAD_MAGIC,
          "global: data does not start with the magic psbt\\xff at offset 0");
    }
    ByteCursor in = new ByteCursor(bytes, "data");
    in.readBytes(magic.length);

    PsbtMap global = readMap(in, "global");
    Transaction tx = null;
    for (KeyValue kv : global.entries()) {
      if (kv.keyType() == PsbtKeyTypes.GLOBAL_UNSIGNED_TX) {
        tx = GlobalRules.unsignedTx(kv);
      } else {
        GlobalRules.check(kv);
      }
    }
    if (tx == null) {
      throw new PsbtFormatException(
          RejectReason.MISSING_UNSIGNED_TX,
          "global: no unsigned transaction (key type 0x00) in the map ending at offset "
              + (in.position() - 1));
    }

    List<PsbtMap> inputs = new ArrayList<>();
    for (int i = 0; i < tx.txIn.size(); i++) {
      String where = "input " + i;
      PsbtMap map = readCounted(in, where, "input", tx.txIn.size());
      for (KeyValue kv : map.entries()) {
        InputRules.check(kv, where, tx.txIn.get(i));
      }
      inputs.add(map);
    }
    List<PsbtMap> outputs = new ArrayList<>();
    for (int i = 0; i < tx.txOut.size(); i++) {
      String where = "output " + i;
      PsbtMap map = readCounted(in, where, "output", tx.txOut.size());
      for (KeyValue kv : map.entries()) {
        OutputRules.check(kv, where);
      }
      outputs.add(map);
    }
    if (!in.atEnd()) {
      throw new PsbtFormatException(
          RejectReason.TRAILING_BYTES,
          in.remaining() + " byte(s) after the last output map at offset " + in.position());
    }
    return new PartiallySignedTx(tx, global, inputs, outputs);
  }

  private static PsbtMap readCounted(ByteCursor in, String where, String kind, int expected)
      throws PsbtFormatException {
    if (in.atEnd()) {
      throw new PsbtFormatException(
          RejectReason.MAP_COUNT_MISMATCH,
          where
              + ": missing; the unsigned tx has "
              + expected
              + " "
              + kind
              + "(s) but the data ends at offset "
              + in.position());
    }
    return readMap(in, where);
  }

  /** Reads pairs up to the 0x00 separator, rejecting duplicate keys. */
  private static PsbtMap readMap(ByteCursor in, String where) throws PsbtFormatException {
    List<KeyValue> entries = new ArrayList<>();
    Map<String, KeyValue> seen = new HashMap<>();
    try {
      while (true) {
        if (in.atEnd()) {
          throw new PsbtFormatException(
              RejectReason.TRUNCATED,
              "map has no 0x00 separator before the end of data at offset " + in.position());
        }
        int offset = in.position();
        byte[] key = in.readVarBytes();
        if (key.length == 0) {
          return new PsbtMap(entries);
        }
        byte[] value = in.readVarBytes();
        KeyValue kv = KeyValue.read(key, value, offset, where);
        KeyValue earlier = seen.putIfAbsent(kv.keyHex(), kv);
        if (earlier != null) {
          throw new PsbtFormatException(
              RejectReason.DUPLICATE_KEY,
              "key type "
                  + PsbtMap.typeName(kv.keyType())
                  + " appears twice (offsets "
                  + earlier.offset()
                  + " and "
                  + offset
                  + ")");
        }
        entries.add(kv);
      }
    } catch (PsbtFormatException e) {
      throw new PsbtFormatException(e.reason(), where + ": " + e.getMessage());
    }
  }
}
