package org.sovereign.chain.psbt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A bare {@code OP_m <key>... OP_n OP_CHECKMULTISIG} script, the shape of both {@code multi} and
 * {@code sortedmulti} descriptors (the latter only sorts the keys), with 1 &lt;= m &lt;= n &lt;=
 * 16.
 *
 * @param required m, the number of signatures needed
 * @param keys the public keys in script order
 */
public record MultisigScript(int required, List<byte[]> keys) {
  private static final int OP_1 = 0x51;
  private static final int OP_16 = 0x60;
  private static final int OP_CHECKMULTISIG = 0xae;

  /** A multisig script with copies of the keys. */
  public MultisigScript {
    keys = keys.stream().map(byte[]::clone).toList();
  }

  /** The keys, copied. */
  @Override
  public List<byte[]> keys() {
    return keys.stream().map(byte[]::clone).toList();
  }

  /** Parses {@code script} as a multisig script, if it is one. */
  public static Optional<MultisigScript> parse(byte[] script) {
    if (script.length < 3 || (script[script.length - 1] & 0xff) != OP_CHECKMULTISIG) {
      return Optional.empty();
    }
    int m = smallInt(script[0]);
    int n = smallInt(script[script.length - 2]);
    if (m < 1 || n < m) {
      return Optional.empty();
    }
    List<byte[]> keys = new ArrayList<>();
    int pos = 1;
    int end = script.length - 2;
    while (pos < end) {
      int len = script[pos] & 0xff;
      if ((len != 33 && len != 65) || pos + 1 + len > end) {
        return Optional.empty();
      }
      keys.add(Arrays.copyOfRange(script, pos + 1, pos + 1 + len));
      pos += 1 + len;
    }
    if (keys.size() != n) {
      return Optional.empty();
    }
    return Optional.of(new MultisigScript(m, keys));
  }

  private static int smallInt(byte opcode) {
    int op = opcode & 0xff;
    return op >= OP_1 && op <= OP_16 ? op - OP_1 + 1 : -1;
  }
}
