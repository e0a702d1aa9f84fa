package org.sovereign.chain.regtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.acinq.bitcoin.Block;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.ScriptFlags;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxId;
import fr.acinq.bitcoin.TxOut;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sovereign.chain.scan.BlockInspection;

class RegtestChainTest {
  private final RegtestChain chain = new RegtestChain();
  private final RegtestWallet alice = new RegtestWallet(chain, "alice");
  private final RegtestWallet bob = new RegtestWallet(chain, "bob");

  @Test
  void minedBlocks_shouldHaveValidProofOfWorkMerkleRootAndLinks() {
    alice.fund(3);
    for (int h = 1; h <= chain.height(); h++) {
      byte[] raw = chain.rawBlock(chain.hashAt(h).orElseThrow()).orElseThrow();
      Block block = Block.read(raw);
      assertThat(block.header.checkProofOfWork()).isTrue();
      assertThat(block.header.hashPreviousBlock).isEqualTo(chain.hashAt(h - 1).orElseThrow());
      BlockInspection inspection = BlockInspection.of(raw);
      assertThat(inspection.merkleOk()).isTrue();
      assertThat(inspection.txCount()).isEqualTo(block.tx.size());
    }
    assertThat(chain.height()).isEqualTo(103);
  }

  @Test
  void everyInputOfEveryBlock_shouldPassTheScriptInterpreter() {
    alice.fund(5);
    for (int i = 0; i < 10; i++) {
      alice.pay(bob.script(), 1_000_000L + i);
      if (i % 3 == 2) {
        chain.mine(1, alice.script());
      }
    }
    chain.mine(1, alice.script());
    Map<OutPoint, TxOut> outputs = new HashMap<>();
    int checkedInputs = 0;
    for (int h = 1; h <= chain.height(); h++) {
      Block block = Block.read(chain.rawBlock(chain.hashAt(h).orElseThrow()).orElseThrow());
      for (Transaction tx : block.tx) {
        if (!tx.isCoinbase()) {
          Transaction.correctlySpends(tx, outputs, ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS);
          checkedInputs += tx.txIn.size();
        }
        for (int i = 0; i < tx.txOut.size(); i++) {
          outputs.put(new OutPoint(tx, i), tx.txOut.get(i));
        }
      }
    }
    assertThat(checkedInputs).isGreaterThanOrEqualTo(10);
    assertThat(chain.unspent(bob.script())).hasSize(10);
  }

  @Test
  void taprootOutput_shouldBeSpendableByAKeyPathSignature() {
    alice.fund(1);
    fr.acinq.bitcoin.PrivateKey key =
        new fr.acinq.bitcoin.PrivateKey(
            fr.acinq.bitcoin.Crypto.sha256(
                "taproot".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    byte[] p2tr =
        fr.acinq.bitcoin.Script.write(
            fr.acinq.bitcoin.Script.pay2tr(
                key.publicKey().xOnly(),
                fr.acinq.bitcoin.Crypto.TaprootTweak.KeyPathTweak.INSTANCE));
    TxId funding = alice.pay(p2tr, 900_000);
    chain.mine(1, alice.script());
    Transaction fundingTx = chain.transaction(funding).orElseThrow();
    int vout = fundingTx.txOut.get(0).publicKeyScript.toByteArray().length == 34 ? 0 : 1;
    TxOut spent = fundingTx.txOut.get(vout);
    Transaction spend =
        new Transaction(
            2,
            List.of(
                new fr.acinq.bitcoin.TxIn(new OutPoint(fundingTx, vout), new byte[0], 0xfffffffdL)),
            List.of(new TxOut(new fr.acinq.bitcoin.Satoshi(899_000), bob.script())),
            0);
    var signature =
        spend.signInputTaprootKeyPath(
            key, 0, List.of(spent), fr.acinq.bitcoin.SigHash.SIGHASH_DEFAULT, null, null, null);
    Transaction signed =
        spend.updateWitness(
            0,
            fr.acinq.bitcoin.Script.witnessKeyPathPay2tr(
                signature, fr.acinq.bitcoin.SigHash.SIGHASH_DEFAULT));
    chain.submit(signed);
    chain.mine(1, alice.script());
    assertThat(chain.unspent(bob.script()))
        .extracting(u -> u.output().amount.toLong())
        .containsExactly(899_000L);
    assertThat(chain.unspent(p2tr)).isEmpty();
  }

  @Test
  void immatureCoinbase_shouldBeRefused() {
    chain.mine(1, alice.script());
    chain.mine(98, bob.script());
    assertThatThrownBy(() -> alice.pay(bob.script(), 1_000))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0 sat spendable");
    chain.mine(1, bob.script());
    assertThat(alice.pay(bob.script(), 1_000)).isNotNull();
  }

  @Test
  void doubleSpendsBadSignaturesAndOverspends_shouldBeRefused() {
    alice.fund(2);
    Transaction payment =
        alice.buildPayment(List.of(new TxOut(new fr.acinq.bitcoin.Satoshi(5_000), bob.script())));
    chain.submit(payment);
    assertThatThrownBy(() -> chain.submit(payment)).hasMessageContaining("ALREADY_KNOWN");
    Transaction conflicting =
        new Transaction(
            2,
            payment.txIn,
            List.of(new TxOut(new fr.acinq.bitcoin.Satoshi(4_000), bob.script())),
            0);
    assertThatThrownBy(() -> chain.submit(conflicting)).hasMessageContaining("DOUBLE_SPEND");
    chain.mine(1, alice.script());
    Transaction next =
        alice.buildPayment(List.of(new TxOut(new fr.acinq.bitcoin.Satoshi(5_000), bob.script())));
    Transaction tampered =
        next.updateOutputs(List.of(new TxOut(new fr.acinq.bitcoin.Satoshi(6_000), bob.script())));
    assertThatThrownBy(() -> chain.submit(tampered)).hasMessageContaining("SCRIPT_FAILED");
  }

  @Test
  void reorg_shouldReplaceBlocksAndReturnTheirTransactionsToTheMempool() {
    alice.fund(1);
    TxId paid = alice.pay(bob.script(), 70_000);
    chain.mine(1, alice.script());
    int before = chain.height();
    var oldTip = chain.hashAt(before).orElseThrow();
    chain.reorg(1, 2, bob.script(), false);
    assertThat(chain.height()).isEqualTo(before + 1);
    assertThat(chain.hashAt(before).orElseThrow()).isNotEqualTo(oldTip);
    assertThat(chain.rawBlock(oldTip)).isPresent();
    assertThat(chain.transaction(paid)).isPresent();
    assertThat(chain.unspent(bob.script()))
        .extracting(u -> u.output().amount.toLong())
        .contains(70_000L);
  }

  @Test
  void deepReorg_shouldSucceedAtDepthOneHundred() {
    alice.fund(1);
    chain.mine(50, alice.script());
    int before = chain.height();
    chain.reorg(100, 101, bob.script(), true);
    assertThat(chain.height()).isEqualTo(before + 1);
    assertThat(chain.unspent(bob.script())).hasSize(101);
  }
}
