package org.sovereign.chain.bip322;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.ByteVector32;
import fr.acinq.bitcoin.ByteVector64;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PrivateKey;
import fr.acinq.bitcoin.PublicKey;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.SigHash;
import fr.acinq.bitcoin.SigVersion;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxOut;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import kotlin.Pair;
import org.sovereign.base.Network;

/**
 * Signs BIP-322 messages with one private key: p2wpkh (ECDSA, RFC 6979, SIGHASH_ALL) and p2tr key
 * path (BIP-340 Schnorr with fresh aux randomness, SIGHASH_DEFAULT, BIP-86 output key) in the
 * simple or full encoding, and p2pkh in the full encoding.
 */
final class Bip322Signer {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Bip322Signer() {}

  static String signSimple(String wif, String addressText, String message, Network network) {
    Address address = Address.parse(addressText, network);
    Transaction toSpend = VirtualTransactions.toSpend(address, message);
    ScriptWitness witness = witness(key(wif, network), address, toSpend);
    return SignatureFormat.SIMPLE.prefix()
        + Base64.getEncoder().encodeToString(ScriptWitness.Companion.write(witness));
  }

  static String signFull(String wif, String addressText, String message, Network network) {
    Address address = Address.parse(addressText, network);
    Transaction toSpend = VirtualTransactions.toSpend(address, message);
    Transaction toSign = VirtualTransactions.toSign(toSpend);
    SigningKey key = key(wif, network);
    Transaction signed;
    if (address.type() == AddressType.P2PKH) {
      byte[] publicKey = key.publicKeyBytes();
      requireControls(address, p2pkhScript(Crypto.hash160(publicKey)));
      byte[] signature =
          Transaction.signInput(
              toSign,
              0,
              address.scriptPubKey(),
              SigHash.SIGHASH_ALL,
              new Satoshi(0),
              SigVersion.SIGVERSION_BASE,
              key.privateKey());
      signed = toSign.updateSigScript(0, pushes(signature, publicKey));
    } else {
      signed = toSign.updateWitness(0, witness(key, address, toSpend));
    }
    return SignatureFormat.FULL.prefix()
        + Base64.getEncoder().encodeToString(Transaction.write(signed));
  }

  private static ScriptWitness witness(SigningKey key, Address address, Transaction toSpend) {
    Transaction toSign = VirtualTransactions.toSign(toSpend);
    PrivateKey privateKey = key.privateKey();
    switch (address.type()) {
      case P2WPKH -> {
        if (!key.compressed()) {
          throw new IllegalArgumentException(
              "p2wpkh needs a compressed key; the WIF is uncompressed");
        }
        PublicKey publicKey = privateKey.publicKey();
        requireControls(address, Script.write(Script.pay2wpkh(publicKey)));
        byte[] signature =
            Transaction.signInput(
                toSign,
                0,
                Script.pay2pkh(publicKey),
                SigHash.SIGHASH_ALL,
                new Satoshi(0),
                SigVersion.SIGVERSION_WITNESS_V0,
                privateKey);
        return Script.witnessPay2wpkh(publicKey, new ByteVector(signature));
      }
      case P2TR -> {
        requireControls(
            address,
            Script.write(
                Script.pay2tr(
                    privateKey.xOnlyPublicKey(), Crypto.TaprootTweak.KeyPathTweak.INSTANCE)));
        List<TxOut> prevouts = List.of(toSpend.txOut.getFirst());
        byte[] aux = new byte[32];
        RANDOM.nextBytes(aux);
        ByteVector64 signature =
            Transaction.signInputTaprootKeyPath(
                privateKey,
                toSign,
                0,
                prevouts,
                SigHash.SIGHASH_DEFAULT,
                null,
                null,
                new ByteVector32(aux));
        return Script.witnessKeyPathPay2tr(signature, SigHash.SIGHASH_DEFAULT);
      }
      default ->
          throw new IllegalArgumentException(
              "cannot sign for "
                  + address
                  + ": single-key signing supports p2wpkh and p2tr (and p2pkh in the full format)");
    }
  }

  private record SigningKey(PrivateKey privateKey, boolean compressed) {
    byte[] publicKeyBytes() {
      PublicKey publicKey = privateKey.publicKey();
      return compressed ? publicKey.value.toByteArray() : publicKey.toUncompressedBin();
    }
  }

  private static SigningKey key(String wif, Network network) {
    byte prefix = network == Network.MAIN ? (byte) 0x80 : (byte) 0xef;
    Pair<PrivateKey, Boolean> decoded;
    try {
      decoded = PrivateKey.fromBase58(wif.strip(), prefix);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not a " + network + " WIF private key: " + e.getMessage(), e);
    }
    return new SigningKey(decoded.getFirst(), decoded.getSecond());
  }

  private static void requireControls(Address address, byte[] keyScript) {
    if (!Arrays.equals(keyScript, address.scriptPubKey())) {
      throw new IllegalArgumentException("the private key does not control " + address);
    }
  }

  private static byte[] p2pkhScript(byte[] hash) {
    byte[] script = new byte[25];
    script[0] = 0x76;
    script[1] = (byte) 0xa9;
    script[2] = 0x14;
    System.arraycopy(hash, 0, script, 3, 20);
    script[23] = (byte) 0x88;
    script[24] = (byte) 0xac;
    return script;
  }

  /** A scriptSig of direct pushes (each item shorter than 76 bytes). */
  private static byte[] pushes(byte[]... items) {
    int length = 0;
    for (byte[] item : items) {
      length += 1 + item.length;
    }
    byte[] script = new byte[length];
    int at = 0;
    for (byte[] item : items) {
      script[at++] = (byte) item.length;
      System.arraycopy(item, 0, script, at, item.length);
      at += item.length;
    }
    return script;
  }
}
