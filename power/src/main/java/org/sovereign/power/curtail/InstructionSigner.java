package org.sovereign.power.curtail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.sovereign.platform.db.Tx;

/**
 * Signs instructions with the platform's Ed25519 key, made on first use and kept in the database;
 * sites verify with the published public key (X.509 DER, base64). Signing uses Bouncy Castle's
 * Ed25519 (about ten times faster than the JDK's, which matters when one curtailment instructs
 * thousands of sites); verification uses the JDK's, so every test checks one against the other.
 */
public final class InstructionSigner {
  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters signingKey;

  public InstructionSigner(Tx tx) {
    KeyPair pair =
        tx.inTransaction(
            h -> {
              var stored =
                  h.createQuery(
                          "SELECT private_key, public_key FROM power_signing_key WHERE id = 1")
                      .map((rs, ctx) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)})
                      .findOne();
              if (stored.isPresent()) {
                return decode(stored.get()[0], stored.get()[1]);
              }
              KeyPair fresh = generate();
              h.createUpdate(
                      "INSERT INTO power_signing_key (id, private_key, public_key) VALUES (1, :p, :q)")
                  .bind("p", fresh.getPrivate().getEncoded())
                  .bind("q", fresh.getPublic().getEncoded())
                  .execute();
              return fresh;
            });
    this.privateKey = pair.getPrivate();
    this.publicKey = pair.getPublic();
    try {
      this.signingKey =
          (org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters)
              org.bouncycastle.crypto.util.PrivateKeyFactory.createKey(privateKey.getEncoded());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the Ed25519 signing key does not parse", e);
    }
  }

  /** The payload's Ed25519 signature (base64); safe to call from many threads. */
  public String sign(String payload) {
    var signer = new org.bouncycastle.crypto.signers.Ed25519Signer();
    signer.init(true, signingKey);
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    signer.update(bytes, 0, bytes.length);
    return Base64.getEncoder().encodeToString(signer.generateSignature());
  }

  /** The public key sites verify with (X.509 SubjectPublicKeyInfo, base64). */
  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  /** Checks a signature against a published public key (what a site does). */
  public static boolean verify(String publicKeyBase64, String payload, String signature) {
    try {
      PublicKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(payload.getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair decode(byte[] privateBytes, byte[] publicBytes) {
    try {
      KeyFactory f = KeyFactory.getInstance("Ed25519");
      return new KeyPair(
          f.generatePublic(new X509EncodedKeySpec(publicBytes)),
          f.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the stored signing key does not read back", e);
    }
  }
}
