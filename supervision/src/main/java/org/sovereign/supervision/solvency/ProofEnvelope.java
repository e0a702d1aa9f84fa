package org.sovereign.supervision.solvency;

import static org.sovereign.supervision.solvency.Verification.Reason.BAD_BASE64;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_ENVELOPE;
import static org.sovereign.supervision.solvency.Verification.Reason.TOO_LARGE;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text a customer holds: the JSON envelope {@code {"format":"sovereign-solvency-proof/1",
 * "assets":[...],"proof":"<base64>"}} or the base64 alone. The envelope has exactly those three
 * members, once each; its reader knows only strings and arrays of strings.
 */
final class ProofEnvelope {
  static final String FORMAT = "sovereign-solvency-proof/1";

  /** Far above the largest valid proof (10,544 bytes: 16 assets, depth 63, a 128-byte id). */
  static final int MAX_TEXT = 65_536;

  private static final String BASE64_DIGITS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final Pattern ASSET_CODE = Pattern.compile("[A-Za-z0-9._-]{1,16}");
  private static final List<String> MEMBERS = List.of("format", "assets", "proof");

  /** The proof's bytes and the asset codes (none when the text was base64 alone). */
  record Opened(byte[] proof, List<String> assets) {}

  private ProofEnvelope() {}

  static String write(List<String> assets, String base64) {
    return "{\"format\":\""
        + FORMAT
        + "\",\"assets\":[\""
        + String.join("\",\"", assets)
        + "\"],\"proof\":\""
        + base64
        + "\"}";
  }

  static Opened open(String text) throws ProofRejection {
    if (text.length() > MAX_TEXT) {
      throw new ProofRejection(
          TOO_LARGE,
          "proof text has " + text.length() + " characters; no valid proof has over " + MAX_TEXT);
    }
    String trimmed = trimAscii(text);
    if (!trimmed.startsWith("{")) {
      return new Opened(base64(trimmed), List.of());
    }
    Map<String, Object> members = new JsonReader(trimmed).object();
    for (String name : members.keySet()) {
      if (!MEMBERS.contains(name)) {
        throw new ProofRejection(BAD_ENVELOPE, "envelope has an unknown member \"" + name + "\"");
      }
    }
    for (String name : MEMBERS) {
      if (!members.containsKey(name)) {
        throw new ProofRejection(BAD_ENVELOPE, "envelope has no member \"" + name + "\"");
      }
    }
    if (!FORMAT.equals(members.get("format"))) {
      throw new ProofRejection(BAD_ENVELOPE, "envelope format is not \"" + FORMAT + "\"");
    }
    List<String> assets = assets(members.get("assets"));
    if (!(members.get("proof") instanceof String proof)) {
      throw new ProofRejection(BAD_ENVELOPE, "envelope member \"proof\" is not a string");
    }
    return new Opened(base64(proof), assets);
  }

  /** Drops leading and trailing spaces, tabs and line breaks (and no other characters). */
  static String trimAscii(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isJsonSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isJsonSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static List<String> assets(Object value) throws ProofRejection {
    if (!(value instanceof List<?> list)) {
      throw new ProofRejection(BAD_ENVELOPE, "envelope member \"assets\" is not a list of codes");
    }
    List<String> codes = new ArrayList<>();
    for (Object code : list) {
      if (!(code instanceof String s) || !ASSET_CODE.matcher(s).matches()) {
        throw new ProofRejection(
            BAD_ENVELOPE, "envelope asset codes must be 1..16 letters, digits, '.', '_' or '-'");
      }
      codes.add(s);
    }
    return codes;
  }

  private static byte[] base64(String text) throws ProofRejection {
    if (!isPaddedBase64(text)) {
      throw new ProofRejection(BAD_BASE64, "proof is not standard base64 with padding");
    }
    return Base64.getDecoder().decode(text);
  }

  /**
   * RFC 4648 section 4: groups of four digits of {@code A-Za-z0-9+/}, the last ending in "=" or
   * "==".
   */
  private static boolean isPaddedBase64(String text) {
    if (text.length() % 4 != 0) {
      return false;
    }
    int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
    for (int i = 0; i < text.length() - padding; i++) {
      if (BASE64_DIGITS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Just enough JSON for the envelope: one object whose values are strings or string arrays. */
  private static final class JsonReader {
    private final String text;
    private int at;

    JsonReader(String text) {
      this.text = text;
    }

    Map<String, Object> object() throws ProofRejection {
      Map<String, Object> members = new LinkedHashMap<>();
      expect('{');
      if (peek() != '}') {
        do {
          String name = string();
          expect(':');
          Object value = peek() == '[' ? array() : string();
          if (members.put(name, value) != null) {
            throw fail("member \"" + name + "\" appears twice");
          }
        } while (consume(','));
      }
      expect('}');
      if (at != text.length()) {
        throw fail("text follows the envelope at offset " + at);
      }
      return members;
    }

    private List<String> array() throws ProofRejection {
      List<String> items = new ArrayList<>();
      expect('[');
      if (peek() != ']') {
        do {
          items.add(string());
        } while (consume(','));
      }
      expect(']');
      return items;
    }

    private String string() throws ProofRejection {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw fail("control character in a string at offset " + (at - 1));
        }
        out.append(c == '\\' ? escape() : c);
      }
      throw fail("unterminated string");
    }

    private char escape() throws ProofRejection {
      char e = at < text.length() ? text.charAt(at++) : 0;
      return switch (e) {
        case '"', '\\', '/' -> e;
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'u' -> unicode();
        default -> throw fail("bad escape at offset " + (at - 1));
      };
    }

    private char unicode() throws ProofRejection {
      if (at + 4 > text.length()) {
        throw fail("short \\u escape");
      }
      int value = 0;
      for (int i = 0; i < 4; i++) {
        int digit = Character.digit(text.charAt(at++), 16);
        if (digit < 0) {
          throw fail("bad \\u escape at offset " + (at - 1));
        }
        value = value << 4 | digit;
      }
      return (char) value;
    }

    private void expect(char c) throws ProofRejection {
      if (peek() != c) {
        throw fail("expected '" + c + "' at offset " + at);
      }
      at++;
    }

    private boolean consume(char c) {
      if (peek() == c) {
        at++;
        return true;
      }
      return false;
    }

    private char peek() {
      while (at < text.length() && isJsonSpace(text.charAt(at))) {
        at++;
      }
      return at < text.length() ? text.charAt(at) : 0;
    }

    private ProofRejection fail(String problem) {
      return new ProofRejection(BAD_ENVELOPE, "envelope is not valid JSON: " + problem);
    }
  }
}
