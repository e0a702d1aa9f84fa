package org.sovereign.chain.consensus;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.sovereign.base.Hex;

/**
 * Bitcoin Core's script notation in its JSON test data: decimal numbers (pushed as script numbers,
 * or as OP_1NEGATE/OP_1..OP_16), {@code 0x..} raw bytes, {@code 'text'} pushes, and opcode names
 * with or without {@code OP_}. Test support only.
 */
final class CoreScriptAsm {
  private static final Map<String, Integer> OPCODES = new HashMap<>();

  static {
    String[] names = {
      "NOP",
      "VER",
      "IF",
      "NOTIF",
      "VERIF",
      "VERNOTIF",
      "ELSE",
      "ENDIF",
      "VERIFY",
      "RETURN",
      "TOALTSTACK",
      "FROMALTSTACK",
      "2DROP",
      "2DUP",
      "3DUP",
      "2OVER",
      "2ROT",
      "2SWAP",
      "IFDUP",
      "DEPTH",
      "DROP",
      "DUP",
      "NIP",
      "OVER",
      "PICK",
      "ROLL",
      "ROT",
      "SWAP",
      "TUCK",
      "CAT",
      "SUBSTR",
      "LEFT",
      "RIGHT",
      "SIZE",
      "INVERT",
      "AND",
      "OR",
      "XOR",
      "EQUAL",
      "EQUALVERIFY",
      "RESERVED1",
      "RESERVED2",
      "1ADD",
      "1SUB",
      "2MUL",
      "2DIV",
      "NEGATE",
      "ABS",
      "NOT",
      "0NOTEQUAL",
      "ADD",
      "SUB",
      "MUL",
      "DIV",
      "MOD",
      "LSHIFT",
      "RSHIFT",
      "BOOLAND",
      "BOOLOR",
      "NUMEQUAL",
      "NUMEQUALVERIFY",
      "NUMNOTEQUAL",
      "LESSTHAN",
      "GREATERTHAN",
      "LESSTHANOREQUAL",
      "GREATERTHANOREQUAL",
      "MIN",
      "MAX",
      "WITHIN",
      "RIPEMD160",
      "SHA1",
      "SHA256",
      "HASH160",
      "HASH256",
      "CODESEPARATOR",
      "CHECKSIG",
      "CHECKSIGVERIFY",
      "CHECKMULTISIG",
      "CHECKMULTISIGVERIFY",
      "NOP1",
      "CHECKLOCKTIMEVERIFY",
      "CHECKSEQUENCEVERIFY",
      "NOP4",
      "NOP5",
      "NOP6",
      "NOP7",
      "NOP8",
      "NOP9",
      "NOP10",
      "CHECKSIGADD"
    };
    for (int i = 0; i < names.length; i++) {
      OPCODES.put(names[i], 0x61 + i);
    }
    OPCODES.put("NOP2", 0xb1);
    OPCODES.put("NOP3", 0xb2);
    OPCODES.put("0", 0x00);
    OPCODES.put("FALSE", 0x00);
    OPCODES.put("PUSHDATA1", 0x4c);
    OPCODES.put("PUSHDATA2", 0x4d);
    OPCODES.put("PUSHDATA4", 0x4e);
    OPCODES.put("1NEGATE", 0x4f);
    OPCODES.put("RESERVED", 0x50);
    OPCODES.put("TRUE", 0x51);
    for (int n = 1; n <= 16; n++) {
      OPCODES.put(Integer.toString(n), 0x50 + n);
    }
    OPCODES.put("INVALIDOPCODE", 0xff);
  }

  private CoreScriptAsm() {}

  static byte[] parse(String asm) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String word : asm.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.matches("-?\\d+")) {
        pushNumber(out, Long.parseLong(word));
      } else if (word.startsWith("0x") && word.length() > 2) {
        out.writeBytes(Hex.decode(word.substring(2).toLowerCase(java.util.Locale.ROOT)));
      } else if (word.length() >= 2 && word.startsWith("'") && word.endsWith("'")) {
        push(out, word.substring(1, word.length() - 1).getBytes(StandardCharsets.UTF_8));
      } else {
        String name = word.startsWith("OP_") ? word.substring(3) : word;
        Integer opcode = OPCODES.get(name);
        if (opcode == null) {
          throw new IllegalArgumentException("unknown script word '" + word + "'");
        }
        out.write(opcode);
      }
    }
    return out.toByteArray();
  }

  private static void pushNumber(ByteArrayOutputStream out, long n) {
    if (n == -1 || (n >= 1 && n <= 16)) {
      out.write((int) (n + 0x50));
    } else if (n == 0) {
      out.write(0);
    } else {
      push(out, scriptNum(n));
    }
  }

  static byte[] scriptNum(long n) {
    boolean negative = n < 0;
    BigInteger abs = BigInteger.valueOf(n).abs();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while (abs.signum() > 0) {
      bytes.write(abs.and(BigInteger.valueOf(0xff)).intValue());
      abs = abs.shiftRight(8);
    }
    byte[] le = bytes.toByteArray();
    if ((le[le.length - 1] & 0x80) != 0) {
      byte[] extended = java.util.Arrays.copyOf(le, le.length + 1);
      extended[le.length] = (byte) (negative ? 0x80 : 0);
      return extended;
    }
    if (negative) {
      le[le.length - 1] |= (byte) 0x80;
    }
    return le;
  }

  private static void push(ByteArrayOutputStream out, byte[] data) {
    int n = data.length;
    if (n < 0x4c) {
      out.write(n);
    } else if (n <= 0xff) {
      out.write(0x4c);
      out.write(n);
    } else if (n <= 0xffff) {
      out.write(0x4d);
      out.write(n & 0xff);
      out.write(n >>> 8);
    } else {
      out.write(0x4e);
      for (int i = 0; i < 4; i++) {
        out.write(n >>> (8 * i));
      }
    }
    out.writeBytes(data);
  }
}
