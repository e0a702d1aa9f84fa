package org.sovereign.chain.psbt;

import static org.assertj.core.api.Assertions.assertThat;

import fr.acinq.bitcoin.ScriptFlags;
import fr.acinq.bitcoin.Transaction;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The finalizer on every supported spend kind, signed by bitcoin-kmp with test keys. */
class PsbtFinalizerTest {

  @ParameterizedTest(name = "finalizes and extracts {0}")
  @EnumSource(SpendFixture.Kind.class)
  void finalizesEachKind(SpendFixture.Kind kind) {
    SpendFixture f = new SpendFixture(kind);
    PartiallySignedTx psbt = kind.multisig() ? f.signedBy(2, 0) : f.signedBy(0);
    FinalizeResult result = PsbtFinalizer.finalizeInputs(psbt);
    assertThat(result.inputs())
        .singleElement()
        .extracting(InputOutcome::status)
        .isEqualTo(InputOutcome.Status.FINALIZED);
    PsbtMap input = result.psbt().input(0);
    assertThat(input.entries())
        .extracting(KeyValue::keyType)
        .doesNotContain(0x02L, 0x03L, 0x04L, 0x05L)
        .contains(0xf0L);
    assertThat(PsbtValidator.parse(result.psbt().serialize()).orThrow()).isEqualTo(result.psbt());
    Transaction tx = ((ExtractResult.Extracted) PsbtExtractor.extract(result.psbt())).transaction();
    Transaction.correctlySpends(tx, List.of(f.funding), ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS);
  }

  @Test
  void multisigSignaturesFollowTheScriptsKeyOrderAndStopAtM() {
    SpendFixture f = new SpendFixture(SpendFixture.Kind.P2WSH_SORTEDMULTI);
    PartiallySignedTx psbt = f.signedBy(2, 1, 0);
    PsbtMap input = PsbtFinalizer.finalizeInputs(psbt).psbt().input(0);
    byte[] witness = input.value(0x08).orElseThrow();
    byte[] expected =
        PsbtFinalizer.serialize(
            new fr.acinq.bitcoin.ScriptWitness(
                List.of(
                    new fr.acinq.bitcoin.ByteVector(new byte[0]),
                    new fr.acinq.bitcoin.ByteVector(f.sign(0)),
                    new fr.acinq.bitcoin.ByteVector(f.sign(1)),
                    new fr.acinq.bitcoin.ByteVector(f.witnessScript))));
    assertThat(HexFormat.of().formatHex(witness)).isEqualTo(HexFormat.of().formatHex(expected));
    assertThat(input.has(0x07)).isFalse();
  }

  @Test
  void tooFewSignaturesLeaveTheInputAlone() {
    SpendFixture f = new SpendFixture(SpendFixture.Kind.P2SH_P2WSH_MULTI);
    PartiallySignedTx psbt = f.signedBy(1);
    FinalizeResult result = PsbtFinalizer.finalizeInputs(psbt);
    assertThat(result.complete()).isFalse();
    assertThat(result.unfinished())
        .singleElement()
        .isEqualTo(
            new InputOutcome(
                0, InputOutcome.Status.MISSING_SIGNATURES, "input 0: 1 of 2 required signatures"));
    assertThat(result.psbt()).isEqualTo(psbt);
  }

  @Test
  void aSignatureUnderTheWrongKeyIsNamed() {
    SpendFixture f = new SpendFixture(SpendFixture.Kind.P2SH_MULTI);
    PartiallySignedTx psbt = f.psbt(new int[] {0, 1}, new byte[][] {f.sign(0), f.sign(2)});
    FinalizeResult result = PsbtFinalizer.finalizeInputs(psbt);
    assertThat(result.unfinished())
        .singleElement()
        .isEqualTo(
            new InputOutcome(
                0,
                InputOutcome.Status.INVALID_SIGNATURE,
                "input 0: signature for key "
                    + HexFormat.of().formatHex(f.pubkey(1))
                    + " does not verify"));
  }

  @Test
  void aSignatureWithAnotherHashTypeThanAskedIsRefused() {
    SpendFixture f = new SpendFixture(SpendFixture.Kind.P2WPKH);
    byte[] sig = f.sign(0);
    sig[sig.length - 1] = (byte) 0x81;
    FinalizeResult result = PsbtFinalizer.finalizeInputs(f.psbt(new int[] {0}, new byte[][] {sig}));
    assertThat(result.unfinished())
        .singleElement()
        .extracting(InputOutcome::status)
        .isEqualTo(InputOutcome.Status.INVALID_SIGNATURE);
  }
}
