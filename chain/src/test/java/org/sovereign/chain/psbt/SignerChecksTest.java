package org.sovereign.chain.psbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** BIP-174's "Fails Signer checks" vectors fail {@link SignerChecks}; the valid ones pass. */
class SignerChecksTest {

  static Stream<Bip174Vectors.Case> signerFails() {
    return Bip174Vectors.cases(Bip174Vectors.SIGNER_FAILS).stream();
  }

  static Stream<Bip174Vectors.Case> valid() {
    return Bip174Vectors.cases(Bip174Vectors.VALID).stream();
  }

  @ParameterizedTest(name = "fails signer checks: {0}")
  @MethodSource("signerFails")
  void failsSignerChecks(Bip174Vectors.Case c) {
    PartiallySignedTx psbt = PsbtValidator.parse(c.bytes()).orThrow();
    String expected =
        c.text().startsWith("A Witness UTXO")
            ? "witness UTXO given for a non-witness spend"
            : c.text().startsWith("witnessScript")
                ? "witnessScript does not match the witness program"
                : "redeemScript does not match the scriptPubKey";
    assertThat(SignerChecks.check(psbt))
        .singleElement()
        .asString()
        .endsWith(expected)
        .startsWith("input ");
  }

  @ParameterizedTest(name = "passes signer checks: {0}")
  @MethodSource("valid")
  void validVectorsPassSignerChecks(Bip174Vectors.Case c) {
    assertThat(SignerChecks.check(PsbtValidator.parse(c.bytes()).orThrow())).isEmpty();
  }
}
