package org.sovereign.chain.psbt;

import static org.sovereign.chain.psbt.FieldChecks.fail;
import static org.sovereign.chain.psbt.PsbtKeyTypes.*;

import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxIn;

/** Rules for an input map, by key type; unknown key types are accepted as they are. */
final class InputRules {
  private InputRules() {}

  static void check(KeyValue kv, String where, TxIn txIn) throws PsbtFormatException {
    long type = kv.keyType();
    if (type > 0xff) {
      return;
    }
    switch ((int) type) {
      case IN_NON_WITNESS_UTXO -> nonWitnessUtxo(kv, where, txIn);
      case IN_WITNESS_UTXO -> {
        FieldChecks.keyTypeOnly(kv, where);
        try {
          TxParser.txOut(kv.value(), where + " witness utxo");
        } catch (PsbtFormatException e) {
          throw fail(RejectReason.INVALID_VALUE, where, kv, e.getMessage());
        }
      }
      case IN_PARTIAL_SIG -> {
        FieldChecks.pubkeyKey(kv, where);
        FieldChecks.signatureValue(kv, where);
      }
      case IN_SIGHASH_TYPE -> {
        FieldChecks.keyTypeOnly(kv, where);
        FieldChecks.valueLength(kv, where, 4);
      }
      case IN_REDEEM_SCRIPT, IN_WITNESS_SCRIPT, IN_POR_COMMITMENT ->
          FieldChecks.keyTypeOnly(kv, where);
      case IN_BIP32_DERIVATION -> {
        FieldChecks.pubkeyKey(kv, where);
        FieldChecks.derivationValue(kv, where);
      }
      case IN_FINAL_SCRIPTSIG -> {
        FieldChecks.keyTypeOnly(kv, where);
        try {
          Script.parse(kv.value());
        } catch (RuntimeException e) {
          throw fail(RejectReason.INVALID_VALUE, where, kv, "final scriptSig is not a script");
        }
      }
      case IN_FINAL_SCRIPTWITNESS -> {
        FieldChecks.keyTypeOnly(kv, where);
        try {
          TxParser.witness(kv.value(), where + " final script witness");
        } catch (PsbtFormatException e) {
          throw fail(RejectReason.INVALID_VALUE, where, kv, e.getMessage());
        }
      }
      case IN_RIPEMD160 -> FieldChecks.preimage(kv, where, 20, "RIPEMD160");
      case IN_SHA256 -> FieldChecks.preimage(kv, where, 32, "SHA256");
      case IN_HASH160 -> FieldChecks.preimage(kv, where, 20, "HASH160");
      case IN_HASH256 -> FieldChecks.preimage(kv, where, 32, "HASH256");
      case 0x0e, 0x0f, 0x10, 0x11, 0x12 -> throw FieldChecks.versionTwoOnly(kv, where);
      case IN_TAP_KEY_SIG -> {
        FieldChecks.keyTypeOnly(kv, where);
        FieldChecks.schnorrSignature(kv, where);
      }
      case IN_TAP_SCRIPT_SIG -> {
        FieldChecks.keyDataLength(kv, where, 64);
        FieldChecks.schnorrSignature(kv, where);
      }
      case IN_TAP_LEAF_SCRIPT -> {
        int n = kv.keyDataLength();
        if (n < 33 || (n - 33) % 32 != 0 || n > 33 + 128 * 32) {
          throw fail(RejectReason.INVALID_KEY, where, kv, "key data is not a control block");
        }
        if (kv.valueLength() < 1) {
          throw fail(RejectReason.INVALID_VALUE, where, kv, "leaf script lacks its leaf version");
        }
      }
      case IN_TAP_BIP32_DERIVATION -> {
        FieldChecks.keyDataLength(kv, where, 32);
        FieldChecks.tapDerivationValue(kv, where);
      }
      case IN_TAP_INTERNAL_KEY, IN_TAP_MERKLE_ROOT -> {
        FieldChecks.keyTypeOnly(kv, where);
        FieldChecks.valueLength(kv, where, 32);
      }
      case PROPRIETARY -> FieldChecks.proprietaryKey(kv, where);
      default -> {
        // unknown key type: kept as it is
      }
    }
  }

  private static void nonWitnessUtxo(KeyValue kv, String where, TxIn txIn)
      throws PsbtFormatException {
    FieldChecks.keyTypeOnly(kv, where);
    Transaction previous;
    try {
      previous = TxParser.transaction(kv.value(), true, where + " non-witness utxo");
    } catch (PsbtFormatException e) {
      throw fail(RejectReason.INVALID_VALUE, where, kv, e.getMessage());
    }
    if (!previous.txid.equals(txIn.outPoint.txid)) {
      throw fail(
          RejectReason.UTXO_MISMATCH,
          where,
          kv,
          "non-witness utxo has txid "
              + previous.txid
              + " but the input spends "
              + txIn.outPoint.txid);
    }
    if (txIn.outPoint.index >= previous.txOut.size()) {
      throw fail(
          RejectReason.UTXO_MISMATCH,
          where,
          kv,
          "non-witness utxo has no output " + txIn.outPoint.index);
    }
  }
}
