package org.sovereign.chain.bip322;

import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sovereign.base.Network;
import org.sovereign.chain.bip322.VerificationResult.Reason;

/** Checks simple and full BIP-322 signatures; proof of funds goes to {@link ProofOfFundsCheck}. */
final class Bip322Verifier {
  private Bip322Verifier() {}

  static VerificationResult verify(
      String addressText, String message, String signature, Network network) {
    Address address;
    try {
      address = Address.parse(addressText, network);
    } catch (InvalidAddressException e) {
      return VerificationResult.invalid(Reason.INVALID_ADDRESS, null, e.getMessage());
    }
    DecodedSignature decoded;
    try {
      decoded = SignatureDecoder.decode(signature);
    } catch (SignatureDecodingException e) {
      return VerificationResult.invalid(e.reason(), e.format(), e.getMessage());
    }
    Transaction toSpend = VirtualTransactions.toSpend(address, message);
    return switch (decoded) {
      case DecodedSignature.Simple simple ->
          check(
              address,
              SignatureFormat.SIMPLE,
              VirtualTransactions.toSign(toSpend).updateWitness(0, simple.witness()),
              toSpend);
      case DecodedSignature.Full full -> checkFull(address, full.toSign(), toSpend);
      case DecodedSignature.ProofOfFunds pof -> ProofOfFundsCheck.verify(address, pof, toSpend);
    };
  }

  private static VerificationResult checkFull(
      Address address, Transaction toSign, Transaction toSpend) {
    if (toSign.txIn.size() != 1) {
      return shapeError(
          "to_sign must have exactly one input, has " + toSign.txIn.size(), SignatureFormat.FULL);
    }
    Optional<String> shape = shapeProblem(toSign);
    if (shape.isPresent()) {
      return shapeError(shape.get(), SignatureFormat.FULL);
    }
    return check(address, SignatureFormat.FULL, toSign, toSpend);
  }

  /**
   * What is wrong with the shape of {@code toSign}, if anything: it needs an input and exactly one
   * 0-sat {@code OP_RETURN} output. Which outpoint the first input spends is checked by {@link
   * #spendsOtherOutput}, since a different to_spend means a different message or address.
   */
  static Optional<String> shapeProblem(Transaction toSign) {
    if (toSign.txIn.isEmpty()) {
      return Optional.of("to_sign has no input");
    }
    if (toSign.txOut.size() != 1) {
      return Optional.of("to_sign must have exactly one output, has " + toSign.txOut.size());
    }
    TxOut output = toSign.txOut.getFirst();
    if (output.amount.getSat() != 0) {
      return Optional.of("to_sign's output must be 0 sat, is " + output.amount.getSat());
    }
    if (!Arrays.equals(
        output.publicKeyScript.toByteArray(), VirtualTransactions.OP_RETURN_SCRIPT)) {
      return Optional.of(
          "to_sign's output must pay OP_RETURN (6a), pays " + output.publicKeyScript.toHex());
    }
    return Optional.empty();
  }

  /**
   * Why {@code toSign}'s first input does not spend {@code to_spend:0}, if it does not: the
   * signature commits to another message or another address.
   */
  static Optional<VerificationResult> spendsOtherOutput(
      Address address, SignatureFormat format, Transaction toSign, Transaction toSpend) {
    TxIn first = toSign.txIn.getFirst();
    OutPoint expected = new OutPoint(toSpend, 0);
    if (first.outPoint.equals(expected)) {
      return Optional.empty();
    }
    return Optional.of(
        VerificationResult.invalid(
            Reason.INVALID_SIGNATURE,
            format,
            "invalid signature for "
                + address
                + ": to_sign spends "
                + first.outPoint.txid
                + ":"
                + first.outPoint.index
                + ", not to_spend "
                + expected.txid
                + ":0 (signed for another message or address)"));
  }

  private static VerificationResult check(
      Address address, SignatureFormat format, Transaction toSign, Transaction toSpend) {
    Optional<VerificationResult> otherOutput = spendsOtherOutput(address, format, toSign, toSpend);
    if (otherOutput.isPresent()) {
      return otherOutput.get();
    }
    List<TxOut> prevouts = List.of(toSpend.txOut.getFirst());
    Optional<String> failure = ScriptCheck.failure(toSign, 0, prevouts);
    if (failure.isPresent()) {
      return VerificationResult.invalid(
          Reason.INVALID_SIGNATURE,
          format,
          "invalid signature for " + address + ": " + failure.get());
    }
    return VerificationResult.valid(
        format,
        format.name().toLowerCase(java.util.Locale.ROOT) + " signature valid for " + address);
  }

  static VerificationResult shapeError(String problem, SignatureFormat format) {
    return VerificationResult.invalid(
        Reason.INVALID_TO_SIGN, format, "invalid to_sign transaction: " + problem);
  }
}
