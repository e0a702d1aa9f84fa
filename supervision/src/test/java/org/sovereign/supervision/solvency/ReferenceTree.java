package org.sovereign.supervision.solvency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The format written a second time, as plainly as possible and independently of the production code
 * (javax.crypto.Mac, ByteBuffer, whole levels in memory): the builder must agree with it.
 */
final class ReferenceTree {
  record Node(byte[] hash, long[] sums) {}

  private ReferenceTree() {}

  static Node root(byte[] secret, List<String> ids, List<long[]> balances, int assets)
      throws Exception {
    long leaves = 1024;
    while (leaves < ids.size()) {
      leaves *= 2;
    }
    List<Node> level = new ArrayList<>();
    for (int i = 0; i < leaves; i++) {
      level.add(
          i < ids.size()
              ? customerLeaf(secret, ids.get(i), balances.get(i))
              : paddingLeaf(secret, i, assets));
    }
    while (level.size() > 1) {
      List<Node> up = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        up.add(parent(level.get(i), level.get(i + 1)));
      }
      level = up;
    }
    return level.getFirst();
  }

  static byte[] nonce(byte[] secret, String id) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
  }

  static Node customerLeaf(byte[] secret, String id, long[] balances) throws Exception {
    byte[] commitment =
        sha(
            "sovereign-solvency/1/customer".getBytes(StandardCharsets.US_ASCII),
            nonce(secret, id),
            id.getBytes(StandardCharsets.UTF_8));
    return new Node(sha(new byte[] {0}, commitment, u64s(balances)), balances.clone());
  }

  static Node paddingLeaf(byte[] secret, long index, int assets) throws Exception {
    byte[] commitment =
        sha(
            "sovereign-solvency/1/padding".getBytes(StandardCharsets.US_ASCII),
            secret,
            u64s(new long[] {index}));
    long[] zeros = new long[assets];
    return new Node(sha(new byte[] {0}, commitment, u64s(zeros)), zeros);
  }

  static Node parent(Node left, Node right) throws Exception {
    long[] sums = new long[left.sums().length];
    for (int a = 0; a < sums.length; a++) {
      sums[a] = Math.addExact(left.sums()[a], right.sums()[a]);
    }
    byte[] hash =
        sha(new byte[] {1}, left.hash(), u64s(left.sums()), right.hash(), u64s(right.sums()));
    return new Node(hash, sums);
  }

  static byte[] u64s(long[] values) {
    ByteBuffer out = ByteBuffer.allocate(8 * values.length);
    for (long value : values) {
      out.putLong(value);
    }
    return out.array();
  }

  static byte[] sha(byte[]... parts) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (byte[] part : parts) {
      sha.update(part);
    }
    return sha.digest();
  }
}
