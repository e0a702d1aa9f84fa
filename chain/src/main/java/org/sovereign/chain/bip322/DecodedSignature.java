package org.sovereign.chain.bip322;

import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.psbt.Psbt;

/** A signature string read into what its encoding holds. */
sealed interface DecodedSignature {
  /** The encoding that was read. */
  SignatureFormat format();

  /** A simple signature: to_sign's witness stack. */
  record Simple(ScriptWitness witness) implements DecodedSignature {
    @Override
    public SignatureFormat format() {
      return SignatureFormat.SIMPLE;
    }
  }

  /** A full signature: the signed to_sign transaction. */
  record Full(Transaction toSign) implements DecodedSignature {
    @Override
    public SignatureFormat format() {
      return SignatureFormat.FULL;
    }
  }

  /** A proof of funds: a finalised PSBT of to_sign and the extra inputs. */
  record ProofOfFunds(Psbt psbt) implements DecodedSignature {
    @Override
    public SignatureFormat format() {
      return SignatureFormat.PROOF_OF_FUNDS;
    }
  }
}
