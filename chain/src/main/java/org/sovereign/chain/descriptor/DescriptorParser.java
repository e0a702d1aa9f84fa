package org.sovereign.chain.descriptor;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sovereign.base.Network;

/**
 * Recursive-descent parser from descriptor text (checksum already removed) to a {@link ScriptNode}
 * tree, enforcing where each function and key kind may appear (BIP-381..386).
 */
final class DescriptorParser {
  /** Where a script expression sits, which decides the functions and keys it may use. */
  private enum Context {
    TOP,
    P2SH,
    P2WSH,
    P2TR
  }

  private static final int MAX_MULTISIG_KEYS = 20;
  private static final int MAX_MULTI_A_KEYS = 999;
  private static final int MAX_SCRIPT_ELEMENT_SIZE = 520;
  private static final int MAX_TAPROOT_DEPTH = 128;

  private final String text;
  private final Network network;
  private final KeyParser keys;

  private DescriptorParser(String text, Network network) {
    this.text = text;
    this.network = network;
    this.keys = new KeyParser(network);
  }

  static ScriptNode parse(String body, Network network) {
    if (body.isEmpty()) {
      throw new DescriptorException("empty descriptor");
    }
    return new DescriptorParser(body, network).script(0, body.length(), Context.TOP);
  }

  /** A function call {@code name(args)} spanning [start, end). */
  private record Call(String name, int start, List<int[]> arguments) {}

  private ScriptNode script(int start, int end, Context context) {
    Call call = call(start, end, context);
    String name = call.name();
    return switch (name) {
      case "pk", "pkh" -> keyScript(call, context);
      case "wpkh" -> witnessKeyHash(call, context);
      case "combo" -> {
        requireContext(call, context == Context.TOP, "only at top level");
        yield new ComboScript(key(call, single(call), KeyContext.ANY));
      }
      case "sh" -> {
        requireContext(call, context == Context.TOP, "only at top level");
        int[] inner = single(call);
        yield new WrappedScript(false, script(inner[0], inner[1], Context.P2SH));
      }
      case "wsh" -> {
        requireContext(
            call, context == Context.TOP || context == Context.P2SH, "at top level or inside sh()");
        int[] inner = single(call);
        yield new WrappedScript(true, script(inner[0], inner[1], Context.P2WSH));
      }
      case "multi", "sortedmulti" -> multisig(call, context, false);
      case "multi_a", "sortedmulti_a" -> multisig(call, context, true);
      case "tr" -> taproot(call, context);
      case "raw" -> raw(call, context);
      case "addr" -> {
        requireContext(call, context == Context.TOP, "only at top level");
        int[] argument = single(call);
        String address = text.substring(argument[0], argument[1]);
        yield new LiteralScript("addr", address, Addresses.toScript(address, network));
      }
      default ->
          throw new DescriptorException(
              "'" + name + "()' at position " + start + " is not a descriptor function");
    };
  }

  private ScriptNode keyScript(Call call, Context context) {
    KeyScript.Kind kind = call.name().equals("pk") ? KeyScript.Kind.PK : KeyScript.Kind.PKH;
    KeyExpression key = key(call, single(call), keyContext(context));
    return new KeyScript(kind, key, context == Context.P2TR);
  }

  private ScriptNode witnessKeyHash(Call call, Context context) {
    requireContext(
        call, context == Context.TOP || context == Context.P2SH, "at top level or inside sh()");
    return new KeyScript(
        KeyScript.Kind.WPKH, key(call, single(call), KeyContext.COMPRESSED), false);
  }

  private ScriptNode multisig(Call call, Context context, boolean tapscript) {
    if (tapscript) {
      requireContext(call, context == Context.P2TR, "only inside tr()");
    } else {
      requireContext(call, context != Context.P2TR, "at top level, inside sh() or inside wsh()");
    }
    List<int[]> arguments = call.arguments();
    String where = call.name() + "()";
    if (arguments.size() < 2) {
      throw new DescriptorException(where + " needs a threshold and at least one key");
    }
    String thresholdText = text.substring(arguments.get(0)[0], arguments.get(0)[1]);
    if (thresholdText.isEmpty()
        || thresholdText.length() > 9
        || !thresholdText.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new DescriptorException(
          where
              + " threshold '"
              + thresholdText
              + "' is not a number, at position "
              + call.start());
    }
    int threshold = Integer.parseInt(thresholdText);
    int count = arguments.size() - 1;
    int maxKeys = tapscript ? MAX_MULTI_A_KEYS : MAX_MULTISIG_KEYS;
    if (count > maxKeys) {
      throw new DescriptorException(
          where + " has " + count + " keys; at most " + maxKeys + " are allowed");
    }
    if (threshold < 1 || threshold > count) {
      throw new DescriptorException(
          where + " threshold " + threshold + " must be between 1 and the " + count + " keys");
    }
    List<KeyExpression> parsed = new ArrayList<>();
    int scriptSize = 3;
    for (int[] argument : arguments.subList(1, arguments.size())) {
      KeyExpression key = key(call, argument, keyContext(context));
      parsed.add(key);
      scriptSize += key.isCompressed() ? 34 : 66;
    }
    if (context == Context.P2SH && scriptSize > MAX_SCRIPT_ELEMENT_SIZE) {
      throw new DescriptorException(
          where
              + " inside sh() makes a "
              + scriptSize
              + "-byte redeem script; P2SH allows at most "
              + MAX_SCRIPT_ELEMENT_SIZE
              + " bytes (at most 15 compressed keys)");
    }
    return new MultisigScript(threshold, parsed, call.name().startsWith("sorted"), tapscript);
  }

  private ScriptNode taproot(Call call, Context context) {
    requireContext(call, context == Context.TOP, "only at top level");
    List<int[]> arguments = call.arguments();
    if (arguments.size() > 2) {
      throw new DescriptorException(
          "tr() takes a key and at most one script tree ({A,B} for several scripts), at position "
              + call.start());
    }
    KeyExpression internal = key(call, arguments.get(0), KeyContext.XONLY);
    if (arguments.size() == 1) {
      return new TaprootScript(internal, null);
    }
    int[] tree = arguments.get(1);
    return new TaprootScript(internal, tree(tree[0], tree[1], 1));
  }

  private TapTree tree(int start, int end, int depth) {
    if (depth > MAX_TAPROOT_DEPTH) {
      throw new DescriptorException(
          "tr() script tree is deeper than " + MAX_TAPROOT_DEPTH + " at position " + start);
    }
    if (start < end && text.charAt(start) == '{') {
      if (text.charAt(end - 1) != '}') {
        throw new DescriptorException("'{' at position " + start + " is not closed by '}'");
      }
      List<int[]> halves = split(start + 1, end - 1);
      if (halves.size() != 2) {
        throw new DescriptorException(
            "a script tree branch {A,B} needs exactly two parts, at position " + start);
      }
      return new TapTree.Branch(
          tree(halves.get(0)[0], halves.get(0)[1], depth + 1),
          tree(halves.get(1)[0], halves.get(1)[1], depth + 1));
    }
    ScriptNode leaf = script(start, end, Context.P2TR);
    return new TapTree.Leaf(leaf);
  }

  private ScriptNode raw(Call call, Context context) {
    requireContext(call, context == Context.TOP, "only at top level");
    int[] argument = single(call);
    String hex = text.substring(argument[0], argument[1]);
    if (hex.isEmpty()
        || (hex.length() & 1) != 0
        || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new DescriptorException("raw() needs a hex script, got '" + hex + "'");
    }
    byte[] script = HexFormat.of().parseHex(hex);
    return new LiteralScript("raw", HexFormat.of().formatHex(script), script);
  }

  private static KeyContext keyContext(Context context) {
    return switch (context) {
      case TOP, P2SH -> KeyContext.ANY;
      case P2WSH -> KeyContext.COMPRESSED;
      case P2TR -> KeyContext.XONLY;
    };
  }

  private KeyExpression key(Call call, int[] argument, KeyContext context) {
    String where =
        call.name()
            + "()"
            + (context == KeyContext.XONLY && !call.name().equals("tr") ? " inside tr()" : "");
    if (context == KeyContext.COMPRESSED && !call.name().equals("wpkh")) {
      where = call.name() + "() inside wsh()";
    }
    return keys.parse(text.substring(argument[0], argument[1]), context, where);
  }

  private static void requireContext(Call call, boolean allowed, String rule) {
    if (!allowed) {
      String name = call.name() + "()";
      throw new DescriptorException(
          name + " at position " + call.start() + " is not allowed there: it can appear " + rule);
    }
  }

  private int[] single(Call call) {
    if (call.arguments().size() != 1) {
      throw new DescriptorException(
          call.name()
              + "() takes exactly one argument, got "
              + call.arguments().size()
              + " at position "
              + call.start());
    }
    return call.arguments().get(0);
  }

  /** Reads {@code name(args)} over [start, end); anything else is an error naming the context. */
  private Call call(int start, int end, Context context) {
    int open = text.indexOf('(', start);
    if (open < 0 || open >= end) {
      String fragment = Fragments.shorten(text.substring(start, end));
      throw new DescriptorException(
          switch (context) {
            case TOP ->
                "'" + fragment + "' is not a descriptor: expected a function such as wpkh(...)";
            case P2SH -> "sh() needs a script expression, not a key: '" + fragment + "'";
            case P2WSH -> "wsh() needs a script expression, not a key: '" + fragment + "'";
            case P2TR -> "tr() script leaves must be scripts such as pk(KEY): '" + fragment + "'";
          });
    }
    String name = text.substring(start, open);
    if (text.charAt(end - 1) != ')') {
      throw new DescriptorException(
          "'" + name + "(' at position " + start + " is not closed by ')' at the end");
    }
    return new Call(name, start, split(open + 1, end - 1));
  }

  /** Splits [start, end) at top-level commas, checking brackets balance. */
  private List<int[]> split(int start, int end) {
    List<int[]> parts = new ArrayList<>();
    StringBuilder open = new StringBuilder();
    int partStart = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '(', '{', '[' -> open.append(c);
        case ')', '}', ']' -> {
          char expected = c == ')' ? '(' : c == '}' ? '{' : '[';
          if (open.isEmpty() || open.charAt(open.length() - 1) != expected) {
            throw new DescriptorException(
                "unexpected '" + c + "' at position " + i + " (no matching opening bracket)");
          }
          open.setLength(open.length() - 1);
        }
        case ',' -> {
          if (open.isEmpty()) {
            parts.add(new int[] {partStart, i});
            partStart = i + 1;
          }
        }
        default -> {}
      }
    }
    if (!open.isEmpty()) {
      throw new DescriptorException(
          "'" + open.charAt(open.length() - 1) + "' is never closed (before position " + end + ")");
    }
    parts.add(new int[] {partStart, end});
    return parts;
  }
}
