package org.sovereign.chain.psbt;

import static org.assertj.core.api.Assertions.assertThat;

import fr.acinq.bitcoin.Transaction;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovereign.base.Hex;

/** Rules the BIP's vectors do not reach, on a PSBT built around a one-input transaction. */
class PsbtValidatorRulesTest {
  private static final SpendFixture FIXTURE = new SpendFixture(SpendFixture.Kind.P2WPKH);

  private static byte[] withInput(KeyValue... entries) {
    Transaction tx = FIXTURE.spend;
    return new PartiallySignedTx(
            tx,
            new PsbtMap(List.of(KeyValue.of(0x00, new byte[0], Transaction.write(tx)))),
            List.of(new PsbtMap(List.of(entries))),
            List.of(new PsbtMap(List.of())))
        .serialize();
  }

  private static ParseResult.Rejected rejected(byte[] bytes) {
    ParseResult result = PsbtValidator.parse(bytes);
    assertThat(result).isInstanceOf(ParseResult.Rejected.class);
    return (ParseResult.Rejected) result;
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] bytes = withInput();
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThat(rejected(longer).reason()).isEqualTo(RejectReason.TRAILING_BYTES);
  }

  @Test
  void nonMinimalCompactSizeIsRejected() {
    byte[] bytes = withInput(KeyValue.of(0xf0, new byte[0], new byte[] {7}));
    // the unknown pair's key length 0x01 written as the 3-byte 0xfd0100
    String hex = Hex.encode(bytes).replace("01f00107", "fd0100f00107");
    assertThat(hex).isNotEqualTo(Hex.encode(bytes));
    assertThat(rejected(Hex.decode(hex)).reason())
        .isEqualTo(RejectReason.NON_CANONICAL_COMPACT_SIZE);
  }

  @Test
  void signatureWithAHighLengthByteIsRejectedNotThrown() {
    byte[] sig = FIXTURE.sign(0);
    sig[3] = (byte) 0x8a;
    ParseResult.Rejected r = rejected(withInput(KeyValue.of(0x02, FIXTURE.pubkey(0), sig)));
    assertThat(r.reason()).isEqualTo(RejectReason.INVALID_SIGNATURE);
    assertThat(r.message()).startsWith("input 0: key type 0x02 at offset ");
  }

  @Test
  void pubkeyOffTheCurveIsRejected() {
    byte[] key = new byte[33];
    key[0] = 0x02;
    Arrays.fill(key, 1, 33, (byte) 0xff);
    ParseResult.Rejected r = rejected(withInput(KeyValue.of(0x06, key, new byte[4])));
    assertThat(r.reason()).isEqualTo(RejectReason.INVALID_PUBKEY);
  }

  @Test
  void derivationPathOfPartialElementsIsRejected() {
    ParseResult.Rejected r = rejected(withInput(KeyValue.of(0x06, FIXTURE.pubkey(0), new byte[6])));
    assertThat(r.reason()).isEqualTo(RejectReason.INVALID_VALUE);
  }

  @Test
  void nonWitnessUtxoOfAnotherTransactionIsRejected() {
    byte[] other = Transaction.write(FIXTURE.spend);
    ParseResult.Rejected r = rejected(withInput(KeyValue.of(0x00, new byte[0], other)));
    assertThat(r.reason()).isEqualTo(RejectReason.UTXO_MISMATCH);
  }

  @Test
  void versionTwoFieldsAreRejected() {
    ParseResult.Rejected r = rejected(withInput(KeyValue.of(0x0e, new byte[0], new byte[32])));
    assertThat(r.reason()).isEqualTo(RejectReason.UNSUPPORTED_VERSION);
  }

  @Test
  void unknownKeysRoundTrip() {
    byte[] bytes = withInput(KeyValue.of(0xf0, new byte[] {9, 9}, new byte[] {1, 2, 3}));
    assertThat(PsbtValidator.parse(bytes).orThrow().serialize()).isEqualTo(bytes);
  }

  @Test
  void badBase64IsRejected() {
    assertThat(PsbtValidator.parseBase64("cHNidP8*").accepted()).isFalse();
    assertThat(((ParseResult.Rejected) PsbtValidator.parseBase64("cHNidP8*")).reason())
        .isEqualTo(RejectReason.INVALID_BASE64);
  }
}
