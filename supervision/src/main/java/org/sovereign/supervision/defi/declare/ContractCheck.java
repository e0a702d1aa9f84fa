package org.sovereign.supervision.defi.declare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sovereign.platform.errors.DomainException;

/** Validates one declared contract by its kind; fields of other kinds are refused. */
final class ContractCheck {
  private static final int MAX_DECIMALS = 36;
  private static final int MAX_TREASURY_TOKENS = 50;

  private ContractCheck() {}

  static DeclaredContract contract(
      ContractRequest c, String field, String address, Map<String, ContractKind> kinds) {
    ContractKind kind = kinds.get(address);
    String label = text(c.label(), field + ".label", 200);
    return switch (kind) {
      case TOKEN -> {
        unused(field, c.token0(), "token0", c.token1(), "token1", c.quote(), "quote");
        unused(field, c.token(), "token", c.tokens(), "tokens", null, null);
        yield new DeclaredContract.Token(
            address,
            label,
            text(c.symbol(), field + ".symbol", 32),
            decimals(c.decimals(), field + ".decimals"),
            scope(c.scope(), field + ".scope"));
      }
      case POOL -> {
        unused(field, c.symbol(), "symbol", c.decimals(), "decimals", c.scope(), "scope");
        unused(field, c.token(), "token", c.tokens(), "tokens", null, null);
        String token0 = token(c.token0(), field + ".token0", kinds);
        String token1 = token(c.token1(), field + ".token1", kinds);
        if (token0.equals(token1)) {
          throw DomainException.invalidField(field + ".token1", "must differ from token0");
        }
        String quote = EvmAddresses.parse(c.quote(), field + ".quote");
        if (!quote.equals(token0) && !quote.equals(token1)) {
          throw DomainException.invalidField(field + ".quote", "must be token0 or token1");
        }
        yield new DeclaredContract.Pool(address, label, token0, token1, quote);
      }
      case ORACLE -> {
        unused(field, c.symbol(), "symbol", c.scope(), "scope", c.quote(), "quote");
        unused(field, c.token0(), "token0", c.token1(), "token1", c.tokens(), "tokens");
        yield new DeclaredContract.Oracle(
            address,
            label,
            decimals(c.decimals(), field + ".decimals"),
            token(c.token(), field + ".token", kinds));
      }
      case TREASURY -> {
        unused(field, c.symbol(), "symbol", c.decimals(), "decimals", c.scope(), "scope");
        unused(field, c.token0(), "token0", c.token1(), "token1", c.token(), "token");
        yield treasury(c, field, address, label, kinds);
      }
      case PROXY -> {
        unused(field, c.symbol(), "symbol", c.decimals(), "decimals", c.scope(), "scope");
        unused(field, c.token0(), "token0", c.token1(), "token1", c.quote(), "quote");
        unused(field, c.token(), "token", c.tokens(), "tokens", null, null);
        yield new DeclaredContract.Proxy(address, label);
      }
    };
  }

  private static DeclaredContract treasury(
      ContractRequest c,
      String field,
      String address,
      String label,
      Map<String, ContractKind> kinds) {
    List<String> requested = c.tokens() == null ? List.of() : c.tokens();
    if (requested.isEmpty() || requested.size() > MAX_TREASURY_TOKENS) {
      throw DomainException.invalidField(
          field + ".tokens", "list 1 to " + MAX_TREASURY_TOKENS + " declared tokens it holds");
    }
    Set<String> tokens = new LinkedHashSet<>();
    for (int j = 0; j < requested.size(); j++) {
      String f = field + ".tokens[" + j + "]";
      if (!tokens.add(token(requested.get(j), f, kinds))) {
        throw DomainException.invalidField(f, "listed twice");
      }
    }
    List<String> list = new ArrayList<>(tokens);
    String quote =
        c.quote() == null ? list.get(0) : EvmAddresses.parse(c.quote(), field + ".quote");
    if (!tokens.contains(quote)) {
      throw DomainException.invalidField(field + ".quote", "must be one of its tokens");
    }
    return new DeclaredContract.Treasury(address, label, list, quote);
  }

  private static String token(String text, String field, Map<String, ContractKind> kinds) {
    String address = EvmAddresses.parse(text, field);
    if (kinds.get(address) != ContractKind.TOKEN) {
      throw DomainException.invalidField(
          field, address + " is not a token of this declaration (declare it with kind token)");
    }
    return address;
  }

  private static int decimals(Integer value, String field) {
    return (int) PlatformCheck.number(value, field, 0, MAX_DECIMALS);
  }

  private static TokenScope scope(String text, String field) {
    if (text == null || text.isBlank()) {
      return TokenScope.ALL;
    }
    try {
      return TokenScope.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(field, "all or flows, not '" + text + "'");
    }
  }

  private static void unused(
      String field, Object a, String nameA, Object b, String nameB, Object c, String nameC) {
    Object[] values = {a, b, c};
    String[] names = {nameA, nameB, nameC};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        throw DomainException.invalidField(
            field + "." + names[i], "does not apply to this kind of contract");
      }
    }
  }

  static String text(String value, String field, int max) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty() || clean.length() > max) {
      throw DomainException.invalidField(field, "must be 1 to " + max + " characters");
    }
    return clean;
  }

  static String optionalText(String value, String field, int max) {
    return value == null || value.isBlank() ? null : text(value, field, max);
  }
}
