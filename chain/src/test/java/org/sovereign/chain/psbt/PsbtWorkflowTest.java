package org.sovereign.chain.psbt;

import static org.assertj.core.api.Assertions.assertThat;

import fr.acinq.bitcoin.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovereign.base.Hex;

/** BIP-174's Creator-to-Extractor workflow: our finalizer and extractor reproduce its bytes. */
class PsbtWorkflowTest {

  private static PartiallySignedTx combined() {
    return PsbtValidator.parse(
            Bip174Vectors.step("Given both of the above PSBTs, a combiner").results().getFirst())
        .orThrow();
  }

  @Test
  void everyWorkflowPsbtParsesAndRoundTrips() {
    List<Bip174Vectors.Step> steps = Bip174Vectors.workflow();
    int psbts = 0;
    for (Bip174Vectors.Step step : steps) {
      if (step.text().contains("extractor")) {
        continue;
      }
      for (byte[] bytes : step.results()) {
        assertThat(PsbtValidator.parse(bytes).orThrow().serialize())
            .as(step.text())
            .isEqualTo(bytes);
        psbts++;
      }
    }
    assertThat(psbts).isGreaterThanOrEqualTo(9);
  }

  @Test
  void finalizerProducesTheBipsFinalizedPsbt() {
    FinalizeResult result = PsbtFinalizer.finalizeInputs(combined());
    assertThat(result.unfinished()).isEmpty();
    assertThat(result.inputs())
        .extracting(InputOutcome::status)
        .containsOnly(InputOutcome.Status.FINALIZED);
    byte[] expected =
        Bip174Vectors.step("Given the above PSBT, an input finalizer").results().getFirst();
    assertThat(Hex.encode(result.psbt().serialize())).isEqualTo(Hex.encode(expected));
  }

  @Test
  void extractorProducesTheBipsTransaction() {
    PartiallySignedTx finalized = PsbtFinalizer.finalizeInputs(combined()).psbt();
    ExtractResult result = PsbtExtractor.extract(finalized);
    assertThat(result).isInstanceOf(ExtractResult.Extracted.class);
    byte[] expected =
        Bip174Vectors.step("Given the above PSBT, a transaction extractor").results().getFirst();
    assertThat(Hex.encode(((ExtractResult.Extracted) result).bytes()))
        .isEqualTo(Hex.encode(expected));
    assertThat(Transaction.read(expected).txid)
        .isEqualTo(((ExtractResult.Extracted) result).transaction().txid);
  }

  @Test
  void finalizingTwiceChangesNothing() {
    PartiallySignedTx once = PsbtFinalizer.finalizeInputs(combined()).psbt();
    FinalizeResult twice = PsbtFinalizer.finalizeInputs(once);
    assertThat(twice.inputs())
        .extracting(InputOutcome::status)
        .containsOnly(InputOutcome.Status.ALREADY_FINAL);
    assertThat(twice.psbt().serialize()).isEqualTo(once.serialize());
  }

  @Test
  void extractorRefusesAnUnfinalizedPsbt() {
    ExtractResult result = PsbtExtractor.extract(combined());
    assertThat(result).isEqualTo(new ExtractResult.NotExtractable("input 0: not finalized"));
  }

  @Test
  void eachSignerHalfLacksOneSignaturePerInput() {
    List<byte[]> halves =
        Bip174Vectors.step("Given the above updated PSBT, a signer that supports").results();
    FinalizeResult result =
        PsbtFinalizer.finalizeInputs(PsbtValidator.parse(halves.getFirst()).orThrow());
    assertThat(result.complete()).isFalse();
    assertThat(result.unfinished())
        .extracting(InputOutcome::detail)
        .containsExactly(
            "input 0: 1 of 2 required signatures", "input 1: 1 of 2 required signatures");
    assertThat(result.psbt().serialize()).isEqualTo(halves.getFirst());
  }
}
