package org.sovereign.chain.psbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** BIP-174's invalid, valid and signer-check vectors through {@link PsbtValidator}. */
class PsbtValidatorTest {

  static Stream<Bip174Vectors.Case> invalid() {
    return Bip174Vectors.cases(Bip174Vectors.INVALID).stream();
  }

  static Stream<Bip174Vectors.Case> valid() {
    return Bip174Vectors.cases(Bip174Vectors.VALID).stream();
  }

  static Stream<Bip174Vectors.Case> signerFails() {
    return Bip174Vectors.cases(Bip174Vectors.SIGNER_FAILS).stream();
  }

  @Test
  void fixtureHoldsTheBipsGroups() {
    assertThat(invalid()).hasSize(20);
    assertThat(valid()).hasSize(10);
    assertThat(signerFails()).hasSize(4);
  }

  @ParameterizedTest(name = "rejects: {0}")
  @MethodSource("invalid")
  void rejectsInvalid(Bip174Vectors.Case c) {
    ParseResult result = PsbtValidator.parse(c.bytes());
    assertThat(result).isInstanceOf(ParseResult.Rejected.class);
    ParseResult.Rejected rejected = (ParseResult.Rejected) result;
    assertThat(rejected.reason()).as(rejected.toString()).isEqualTo(expectedReason(c.text()));
    assertThat(rejected.message()).matches("^(global|input \\d+|output \\d+): .*");
    assertThat(PsbtValidator.parseBase64(c.base64())).isEqualTo(result);
  }

  private static RejectReason expectedReason(String text) {
    if (text.startsWith("Network transaction")) {
      return RejectReason.BAD_MAGIC;
    } else if (text.contains("missing outputs")) {
      return RejectReason.MAP_COUNT_MISMATCH;
    } else if (text.contains("filled scriptSig")) {
      return RejectReason.UNSIGNED_TX_HAS_SCRIPTSIG;
    } else if (text.contains("without an unsigned tx")) {
      return RejectReason.MISSING_UNSIGNED_TX;
    } else if (text.contains("duplicate keys")) {
      return RejectReason.DUPLICATE_KEY;
    } else if (text.contains("typed key")) {
      return RejectReason.INVALID_KEY;
    } else {
      // the witness-format tx, and the fuzzed value whose tx starts with the segwit marker
      return RejectReason.UNSIGNED_TX_WITNESS_FORMAT;
    }
  }

  @ParameterizedTest(name = "round-trips: {0}")
  @MethodSource("valid")
  void acceptsValidAndRoundTrips(Bip174Vectors.Case c) {
    ParseResult result = PsbtValidator.parse(c.bytes());
    assertThat(result).as(result.toString()).isInstanceOf(ParseResult.Accepted.class);
    PartiallySignedTx psbt = result.orThrow();
    assertThat(psbt.serialize()).isEqualTo(c.bytes());
    assertThat(psbt.toBase64()).isEqualTo(c.base64());
    assertThat(PsbtValidator.parseBase64(c.base64()).orThrow().serialize()).isEqualTo(c.bytes());
  }

  @ParameterizedTest(name = "parses: {0}")
  @MethodSource("signerFails")
  void signerCheckFailuresAreStructurallyValid(Bip174Vectors.Case c) {
    ParseResult result = PsbtValidator.parse(c.bytes());
    assertThat(result).as(result.toString()).isInstanceOf(ParseResult.Accepted.class);
    assertThat(result.orThrow().serialize()).isEqualTo(c.bytes());
  }
}
