package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PublicKey;
import java.util.Arrays;

/** Checks shared by the global, input and output map rules; each failure names the field. */
final class FieldChecks {
  private FieldChecks() {}

  static PsbtFormatException fail(RejectReason reason, String where, KeyValue kv, String what) {
    return new PsbtFormatException(
        reason,
        where
            + ": key type "
            + PsbtMap.typeName(kv.keyType())
            + " at offset "
            + kv.offset()
            + ": "
            + what);
  }

  /** The key is the key type alone. */
  static void keyTypeOnly(KeyValue kv, String where) throws PsbtFormatException {
    if (kv.keyDataLength() != 0) {
      throw fail(
          RejectReason.INVALID_KEY,
          where,
          kv,
          "key must be the key type alone, found " + kv.keyDataLength() + " byte(s) of key data");
    }
  }

  /** The key data has exactly {@code length} bytes. */
  static void keyDataLength(KeyValue kv, String where, int length) throws PsbtFormatException {
    if (kv.keyDataLength() != length) {
      throw fail(
          RejectReason.INVALID_KEY,
          where,
          kv,
          "key data must be " + length + " bytes, found " + kv.keyDataLength());
    }
  }

  /** The value has exactly {@code length} bytes. */
  static void valueLength(KeyValue kv, String where, int length) throws PsbtFormatException {
    if (kv.valueLength() != length) {
      throw fail(
          RejectReason.INVALID_VALUE,
          where,
          kv,
          "value must be " + length + " bytes, found " + kv.valueLength());
    }
  }

  /** The key data is a 33- or 65-byte valid public key. */
  static void pubkeyKey(KeyValue kv, String where) throws PsbtFormatException {
    byte[] data = kv.keyData();
    if (data.length != 33 && data.length != 65) {
      throw fail(
          RejectReason.INVALID_KEY,
          where,
          kv,
          "key data must be a 33- or 65-byte public key, found " + data.length + " bytes");
    }
    if (!validPubkey(data)) {
      throw fail(RejectReason.INVALID_PUBKEY, where, kv, "key data is not a valid public key");
    }
  }

  static boolean validPubkey(byte[] data) {
    if (!Crypto.isPubKeyCompressedOrUncompressed(data)) {
      return false;
    }
    try {
      return new PublicKey(data).isValid();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A BIP-32 origin: a 4-byte fingerprint then 4-byte path elements. */
  static void derivationValue(KeyValue kv, String where) throws PsbtFormatException {
    int n = kv.valueLength();
    if (n < 4 || n % 4 != 0) {
      throw fail(
          RejectReason.INVALID_VALUE,
          where,
          kv,
          "value must be a 4-byte fingerprint and 4-byte path elements, found " + n + " bytes");
    }
  }

  /** A DER signature followed by a hash type byte. */
  static void signatureValue(KeyValue kv, String where) throws PsbtFormatException {
    if (!isStrictDer(kv.value())) {
      throw fail(
          RejectReason.INVALID_SIGNATURE,
          where,
          kv,
          "value is not a DER signature with a hash type byte");
    }
  }

  /**
   * BIP-66 strict DER: {@code 0x30 len 0x02 lenR R 0x02 lenS S hashtype}, R and S positive and
   * minimally encoded. (Written here with unsigned arithmetic: bitcoin-kmp's check throws on some
   * malformed lengths.)
   */
  static boolean isStrictDer(byte[] signed) {
    int n = signed.length;
    if (n < 9 || n > 73) {
      return false;
    }
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = signed[i] & 0xff;
    }
    if (s[0] != 0x30 || s[1] != n - 3 || s[2] != 0x02) {
      return false;
    }
    int lenR = s[3];
    if (lenR == 0 || 5 + lenR >= n) {
      return false;
    }
    int lenS = s[5 + lenR];
    if (lenS == 0 || lenR + lenS + 7 != n || s[4 + lenR] != 0x02) {
      return false;
    }
    boolean rOk = (s[4] & 0x80) == 0 && !(lenR > 1 && s[4] == 0 && (s[5] & 0x80) == 0);
    int sAt = lenR + 6;
    boolean sOk = (s[sAt] & 0x80) == 0 && !(lenS > 1 && s[sAt] == 0 && (s[sAt + 1] & 0x80) == 0);
    return rOk && sOk;
  }

  /** A hash preimage: the key data is the {@code length}-byte hash of the value. */
  static void preimage(KeyValue kv, String where, int length, String hash)
      throws PsbtFormatException {
    keyDataLength(kv, where, length);
    byte[] value = kv.value();
    byte[] digest =
        switch (hash) {
          case "RIPEMD160" -> Crypto.ripemd160(value);
          case "SHA256" -> Crypto.sha256(value);
          case "HASH160" -> Crypto.hash160(value);
          default -> Crypto.sha256(Crypto.sha256(value));
        };
    if (!Arrays.equals(digest, kv.keyData())) {
      throw fail(RejectReason.INVALID_VALUE, where, kv, "value does not " + hash + " to the key");
    }
  }

  /** A Schnorr signature: 64 bytes, or 65 with a sighash byte. */
  static void schnorrSignature(KeyValue kv, String where) throws PsbtFormatException {
    if (kv.valueLength() != 64 && kv.valueLength() != 65) {
      throw fail(
          RejectReason.INVALID_SIGNATURE,
          where,
          kv,
          "value must be a 64- or 65-byte Schnorr signature, found " + kv.valueLength());
    }
  }

  /** A taproot BIP-32 origin: leaf hashes (compact size count, 32 bytes each), then an origin. */
  static void tapDerivationValue(KeyValue kv, String where) throws PsbtFormatException {
    ByteCursor in = new ByteCursor(kv.value(), where + " taproot derivation");
    try {
      long hashes = in.readCompactSize();
      if (Long.compareUnsigned(hashes, in.remaining() / 32) > 0) {
        throw fail(RejectReason.INVALID_VALUE, where, kv, "more leaf hashes than bytes");
      }
      in.readBytes(hashes * 32);
    } catch (PsbtFormatException e) {
      throw fail(RejectReason.INVALID_VALUE, where, kv, e.getMessage());
    }
    int rest = in.remaining();
    if (rest < 4 || rest % 4 != 0) {
      throw fail(
          RejectReason.INVALID_VALUE,
          where,
          kv,
          "origin must be a 4-byte fingerprint and 4-byte path elements, found " + rest + " bytes");
    }
  }

  /** A proprietary key: a compact-size-prefixed identifier, then a subtype compact size. */
  static void proprietaryKey(KeyValue kv, String where) throws PsbtFormatException {
    ByteCursor in = new ByteCursor(kv.keyData(), where + " proprietary key");
    try {
      in.readVarBytes();
      in.readCompactSize();
    } catch (PsbtFormatException e) {
      throw fail(RejectReason.INVALID_KEY, where, kv, e.getMessage());
    }
  }

  /** A field that exists only in PSBT version 2. */
  static PsbtFormatException versionTwoOnly(KeyValue kv, String where) {
    return fail(
        RejectReason.UNSUPPORTED_VERSION, where, kv, "field is defined for PSBT version 2 only");
  }
}
