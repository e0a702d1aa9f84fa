package org.sovereign.chain.bip322;

import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.io.ByteArrayInput;
import fr.acinq.bitcoin.psbt.ParseFailure;
import fr.acinq.bitcoin.psbt.Psbt;
import fr.acinq.bitcoin.utils.Either;
import java.util.Base64;
import org.sovereign.chain.bip322.VerificationResult.Reason;

/**
 * Reads a BIP-322 signature string: an optional {@code smp}, {@code ful} or {@code pof} prefix
 * followed by base64. Without a prefix the bytes are read as a witness stack, or failing that as a
 * whole transaction (the encoding before prefixes were introduced).
 */
final class SignatureDecoder {
  /** The protocol version that makes bitcoin-kmp read segwit serialisation. */
  static final long PROTOCOL_VERSION = 70015L;

  private SignatureDecoder() {}

  static DecodedSignature decode(String signature) throws SignatureDecodingException {
    String text = signature == null ? "" : signature.strip();
    SignatureFormat format = null;
    for (SignatureFormat candidate : SignatureFormat.values()) {
      if (text.startsWith(candidate.prefix())) {
        format = candidate;
        text = text.substring(candidate.prefix().length());
        break;
      }
    }
    byte[] bytes = base64(text, format);
    if (format == null) {
      return decodeUnprefixed(bytes);
    }
    return switch (format) {
      case SIMPLE -> new DecodedSignature.Simple(witness(bytes));
      case FULL -> new DecodedSignature.Full(transaction(bytes));
      case PROOF_OF_FUNDS -> new DecodedSignature.ProofOfFunds(psbt(bytes));
    };
  }

  private static byte[] base64(String text, SignatureFormat format)
      throws SignatureDecodingException {
    if (text.isEmpty()) {
      throw new SignatureDecodingException(
          Reason.SIGNATURE_TOO_SHORT, format, "signature too short: nothing after the prefix");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new SignatureDecodingException(
          Reason.MALFORMED_BASE64, format, "error decoding signature as base64: " + e.getMessage());
    }
    if (bytes.length == 0) {
      throw new SignatureDecodingException(
          Reason.SIGNATURE_TOO_SHORT, format, "signature too short: base64 decodes to no bytes");
    }
    return bytes;
  }

  private static DecodedSignature decodeUnprefixed(byte[] bytes) throws SignatureDecodingException {
    try {
      return new DecodedSignature.Simple(witness(bytes));
    } catch (SignatureDecodingException notWitness) {
      try {
        return new DecodedSignature.Full(transaction(bytes));
      } catch (SignatureDecodingException notTransaction) {
        throw new SignatureDecodingException(
            Reason.MALFORMED_SIGNATURE,
            null,
            "error parsing unprefixed signature as simple ("
                + notWitness.getMessage()
                + ") or full ("
                + notTransaction.getMessage()
                + ")");
      }
    }
  }

  static ScriptWitness witness(byte[] bytes) throws SignatureDecodingException {
    ByteArrayInput input = new ByteArrayInput(bytes);
    ScriptWitness witness;
    try {
      witness = ScriptWitness.read(input, PROTOCOL_VERSION);
    } catch (RuntimeException e) {
      throw malformed(SignatureFormat.SIMPLE, "simple", "truncated witness stack", e);
    }
    if (input.getAvailableBytes() != 0) {
      throw new SignatureDecodingException(
          Reason.MALFORMED_SIGNATURE,
          SignatureFormat.SIMPLE,
          "error parsing signature as simple variant: "
              + input.getAvailableBytes()
              + " bytes after the witness stack");
    }
    return witness;
  }

  static Transaction transaction(byte[] bytes) throws SignatureDecodingException {
    ByteArrayInput input = new ByteArrayInput(bytes);
    Transaction tx;
    try {
      tx = Transaction.read(input, PROTOCOL_VERSION);
    } catch (RuntimeException e) {
      throw malformed(SignatureFormat.FULL, "full", "not a transaction", e);
    }
    if (input.getAvailableBytes() != 0) {
      throw new SignatureDecodingException(
          Reason.MALFORMED_SIGNATURE,
          SignatureFormat.FULL,
          "error parsing signature as full variant: "
              + input.getAvailableBytes()
              + " bytes after the transaction");
    }
    return tx;
  }

  static Psbt psbt(byte[] bytes) throws SignatureDecodingException {
    Either<ParseFailure, Psbt> parsed;
    try {
      parsed = Psbt.read(bytes);
    } catch (RuntimeException e) {
      throw malformed(SignatureFormat.PROOF_OF_FUNDS, "proof of funds", "not a PSBT", e);
    }
    if (parsed.isLeft()) {
      throw new SignatureDecodingException(
          Reason.MALFORMED_SIGNATURE,
          SignatureFormat.PROOF_OF_FUNDS,
          "error parsing signature as proof of funds variant: " + parsed.getLeft());
    }
    return parsed.getRight();
  }

  private static SignatureDecodingException malformed(
      SignatureFormat format, String variant, String fallback, RuntimeException e) {
    String detail = e.getMessage() == null ? fallback : e.getMessage();
    return new SignatureDecodingException(
        Reason.MALFORMED_SIGNATURE,
        format,
        "error parsing signature as " + variant + " variant: " + detail);
  }
}
