package org.sovereign.chain.psbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: a mutated valid PSBT (bytes flipped, dropped, inserted or cut) is either rejected with
 * a reason or accepted and re-serialised to exactly the mutated bytes; the validator never throws.
 */
class PsbtMutationTest {
  private static final int MUTATIONS = 300;

  static Stream<Bip174Vectors.Case> valid() {
    return Bip174Vectors.cases(Bip174Vectors.VALID).stream();
  }

  @ParameterizedTest(name = "mutations of: {0}")
  @MethodSource("valid")
  void mutatedPsbtIsRejectedOrRoundTrips(Bip174Vectors.Case c) {
    Random random = new Random(174L * 31 + c.text().hashCode());
    int rejected = 0;
    for (int n = 0; n < MUTATIONS; n++) {
      byte[] mutated = mutate(c.bytes(), random);
      ParseResult result = PsbtValidator.parse(mutated);
      switch (result) {
        case ParseResult.Accepted a ->
            assertThat(a.psbt().serialize()).as("mutation %d", n).isEqualTo(mutated);
        case ParseResult.Rejected r -> {
          assertThat(r.reason()).isNotNull();
          assertThat(r.message()).isNotBlank();
          rejected++;
        }
      }
    }
    assertThat(rejected).as("most mutations break a PSBT").isGreaterThan(MUTATIONS / 10);
  }

  @ParameterizedTest(name = "finalizer on mutations of: {0}")
  @MethodSource("valid")
  void finalizerAndExtractorNeverThrowOnAcceptedMutations(Bip174Vectors.Case c) {
    Random random = new Random(322L + c.text().hashCode());
    for (int n = 0; n < MUTATIONS / 3; n++) {
      if (PsbtValidator.parse(mutate(c.bytes(), random)) instanceof ParseResult.Accepted a) {
        FinalizeResult result = PsbtFinalizer.finalizeInputs(a.psbt());
        assertThat(result.inputs()).hasSize(a.psbt().inputs().size());
        assertThat(PsbtExtractor.extract(result.psbt())).isNotNull();
        assertThat(SignerChecks.check(a.psbt())).isNotNull();
      }
    }
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0 -> bytes[at] ^= (byte) (1 + random.nextInt(255));
        case 1 -> bytes = drop(bytes, at);
        case 2 -> bytes = insert(bytes, at, (byte) random.nextInt(256));
        default -> bytes = Arrays.copyOf(bytes, Math.max(at, 1));
      }
      if (bytes.length == 0) {
        bytes = new byte[] {0x70};
      }
    }
    return bytes;
  }

  private static byte[] drop(byte[] bytes, int at) {
    List<Byte> list = new ArrayList<>();
    for (byte b : bytes) {
      list.add(b);
    }
    list.remove(at);
    byte[] out = new byte[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  private static byte[] insert(byte[] bytes, int at, byte b) {
    byte[] out = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, out, 0, at);
    out[at] = b;
    System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
    return out;
  }
}
