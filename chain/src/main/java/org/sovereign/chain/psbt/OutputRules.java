package org.sovereign.chain.psbt;

import static org.sovereign.chain.psbt.FieldChecks.fail;
import static org.sovereign.chain.psbt.PsbtKeyTypes.*;

/** Rules for an output map, by key type; unknown key types are accepted as they are. */
final class OutputRules {
  private OutputRules() {}

  static void check(KeyValue kv, String where) throws PsbtFormatException {
    long type = kv.keyType();
    if (type > 0xff) {
      return;
    }
    switch ((int) type) {
      case OUT_REDEEM_SCRIPT, OUT_WITNESS_SCRIPT -> FieldChecks.keyTypeOnly(kv, where);
      case OUT_BIP32_DERIVATION -> {
        FieldChecks.pubkeyKey(kv, where);
        FieldChecks.derivationValue(kv, where);
      }
      case 0x03, 0x04 -> throw FieldChecks.versionTwoOnly(kv, where);
      case OUT_TAP_INTERNAL_KEY -> {
        FieldChecks.keyTypeOnly(kv, where);
        FieldChecks.valueLength(kv, where, 32);
      }
      case OUT_TAP_TREE -> {
        FieldChecks.keyTypeOnly(kv, where);
        tapTree(kv, where);
      }
      case OUT_TAP_BIP32_DERIVATION -> {
        FieldChecks.keyDataLength(kv, where, 32);
        FieldChecks.tapDerivationValue(kv, where);
      }
      case PROPRIETARY -> FieldChecks.proprietaryKey(kv, where);
      default -> {
        // unknown key type: kept as it is
      }
    }
  }

  /** One or more leaves of {@code <depth><leaf version><script>}, depth at most 128. */
  private static void tapTree(KeyValue kv, String where) throws PsbtFormatException {
    ByteCursor in = new ByteCursor(kv.value(), where + " taproot tree");
    if (in.atEnd()) {
      throw fail(RejectReason.INVALID_VALUE, where, kv, "taproot tree has no leaves");
    }
    try {
      while (!in.atEnd()) {
        int depth = in.readByte();
        if (depth > 128) {
          throw fail(RejectReason.INVALID_VALUE, where, kv, "leaf depth above 128");
        }
        in.readByte();
        in.readVarBytes();
      }
    } catch (PsbtFormatException e) {
      if (e.reason() == RejectReason.INVALID_VALUE) {
        throw e;
      }
      throw fail(RejectReason.INVALID_VALUE, where, kv, e.getMessage());
    }
  }
}
