package org.sovereign.supervision.solvency;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Customer ids as the format hashes them: 1 to 128 bytes of well-formed UTF-8. */
final class CustomerIds {
  private CustomerIds() {}

  /** The UTF-8 bytes of {@code id}; throws when it has a lone surrogate or a bad length. */
  static byte[] encode(String id) {
    byte[] bytes = hasSurrogate(id) ? strictEncode(id) : id.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 1 || bytes.length > SolvencyFormat.MAX_CUSTOMER_ID_BYTES) {
      throw new IllegalArgumentException(
          "customer id has "
              + bytes.length
              + " UTF-8 bytes; it must have 1.."
              + SolvencyFormat.MAX_CUSTOMER_ID_BYTES);
    }
    return bytes;
  }

  private static boolean hasSurrogate(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (Character.isSurrogate(id.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] strictEncode(String id) {
    try {
      ByteBuffer encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(id));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "customer id is not valid Unicode (a lone surrogate): it has no UTF-8 form", e);
    }
  }
}
