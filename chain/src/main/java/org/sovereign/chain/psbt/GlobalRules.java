package org.sovereign.chain.psbt;

import static org.sovereign.chain.psbt.FieldChecks.fail;
import static org.sovereign.chain.psbt.PsbtKeyTypes.GLOBAL_UNSIGNED_TX;
import static org.sovereign.chain.psbt.PsbtKeyTypes.GLOBAL_VERSION;
import static org.sovereign.chain.psbt.PsbtKeyTypes.GLOBAL_XPUB;
import static org.sovereign.chain.psbt.PsbtKeyTypes.PROPRIETARY;

import fr.acinq.bitcoin.Transaction;
import java.util.Arrays;

/** Rules for the global map: the unsigned transaction, xpubs, the version, v2-only fields. */
final class GlobalRules {
  private static final String WHERE = "global";

  private GlobalRules() {}

  static void check(KeyValue kv) throws PsbtFormatException {
    long type = kv.keyType();
    if (type == GLOBAL_UNSIGNED_TX) {
      unsignedTx(kv);
    } else if (type == GLOBAL_XPUB) {
      FieldChecks.keyDataLength(kv, WHERE, 78);
      byte[] key = Arrays.copyOfRange(kv.keyData(), 45, 78);
      if (!FieldChecks.validPubkey(key) || key.length != 33) {
        throw fail(RejectReason.INVALID_PUBKEY, WHERE, kv, "xpub holds no valid public key");
      }
      FieldChecks.derivationValue(kv, WHERE);
    } else if (type >= 0x02 && type <= 0x06) {
      throw FieldChecks.versionTwoOnly(kv, WHERE);
    } else if (type == GLOBAL_VERSION) {
      FieldChecks.keyTypeOnly(kv, WHERE);
      FieldChecks.valueLength(kv, WHERE, 4);
      byte[] v = kv.value();
      if ((v[0] | v[1] | v[2] | v[3]) != 0) {
        throw fail(RejectReason.UNSUPPORTED_VERSION, WHERE, kv, "only PSBT version 0 is supported");
      }
    } else if (type == PROPRIETARY) {
      FieldChecks.proprietaryKey(kv, WHERE);
    }
  }

  /** The unsigned transaction: legacy serialisation, empty scriptSigs (hence no witnesses). */
  static Transaction unsignedTx(KeyValue kv) throws PsbtFormatException {
    FieldChecks.keyTypeOnly(kv, WHERE);
    byte[] bytes = kv.value();
    Transaction tx;
    try {
      tx = TxParser.transaction(bytes, false, "global unsigned tx");
    } catch (PsbtFormatException e) {
      if (bytes.length > 6 && bytes[4] == 0 && bytes[5] == 1) {
        throw fail(
            RejectReason.UNSIGNED_TX_WITNESS_FORMAT,
            WHERE,
            kv,
            "unsigned tx carries the segwit marker and flag (" + e.getMessage() + ")");
      }
      throw fail(RejectReason.MALFORMED_UNSIGNED_TX, WHERE, kv, e.getMessage());
    }
    for (int i = 0; i < tx.txIn.size(); i++) {
      if (tx.txIn.get(i).signatureScript.size() != 0) {
        throw fail(
            RejectReason.UNSIGNED_TX_HAS_SCRIPTSIG,
            WHERE,
            kv,
            "unsigned tx input " + i + " has a non-empty scriptSig");
      }
    }
    return tx;
  }
}
