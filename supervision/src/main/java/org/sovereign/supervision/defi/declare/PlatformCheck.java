package org.sovereign.supervision.defi.declare;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sovereign.platform.errors.DomainException;

/** Validates declarations; every error names the field ({@code contracts[2].address}). */
final class PlatformCheck {
  static final int MAX_CONTRACTS = 500;
  static final int MAX_ADMINS = 100;
  static final int MAX_CONFIRMATIONS = 1_000;
  private static final long MAX_BLOCK = 1L << 48;

  /** A validated platform declaration, before it has a version and an author. */
  record Checked(
      long chainId,
      long startBlock,
      long baselineBlock,
      List<DeclaredContract> contracts,
      List<Admin> admins) {}

  private PlatformCheck() {}

  static ChainConfig chain(ChainRequest r) {
    if (r == null) {
      throw DomainException.invalidField("body", "a chain is required");
    }
    long id = number(r.chain_id(), "chain_id", 1, (1L << 53) - 1);
    String name = r.name() == null ? "" : r.name().strip().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
      throw DomainException.invalidField(
          "name", "1 to 40 lower-case letters, digits and dashes (ethereum, anvil)");
    }
    String url = url(r.rpc_url());
    int depth = (int) number(r.confirmations(), "confirmations", 0, MAX_CONFIRMATIONS);
    return new ChainConfig(id, name, url, depth);
  }

  static Checked platform(PlatformRequest r) {
    if (r == null) {
      throw DomainException.invalidField("body", "a declaration is required");
    }
    long chain = number(r.chain_id(), "chain_id", 1, (1L << 53) - 1);
    long start = number(r.start_block(), "start_block", 0, MAX_BLOCK);
    long baseline =
        r.baseline_block() == null
            ? start
            : number(r.baseline_block(), "baseline_block", start, MAX_BLOCK);
    List<ContractRequest> requests = r.contracts() == null ? List.of() : r.contracts();
    if (requests.isEmpty() || requests.size() > MAX_CONTRACTS) {
      throw DomainException.invalidField(
          "contracts", "declare 1 to " + MAX_CONTRACTS + " contracts");
    }
    Map<String, Integer> seen = new HashMap<>();
    List<String> addresses = new ArrayList<>();
    Map<String, ContractKind> kinds = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      String field = "contracts[" + i + "]";
      ContractRequest c = requests.get(i);
      if (c == null) {
        throw DomainException.invalidField(field, "a contract is required");
      }
      String address = EvmAddresses.parse(c.address(), field + ".address");
      Integer first = seen.putIfAbsent(address, i);
      if (first != null) {
        throw DomainException.invalidField(
            field + ".address", address + " is already declared as contracts[" + first + "]");
      }
      addresses.add(address);
      kinds.put(address, kind(c.kind(), field + ".kind"));
    }
    List<DeclaredContract> contracts = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      contracts.add(
          ContractCheck.contract(requests.get(i), "contracts[" + i + "]", addresses.get(i), kinds));
    }
    return new Checked(chain, start, baseline, contracts, admins(r.admins()));
  }

  private static List<Admin> admins(List<AdminRequest> requests) {
    List<AdminRequest> list = requests == null ? List.of() : requests;
    if (list.size() > MAX_ADMINS) {
      throw DomainException.invalidField("admins", "at most " + MAX_ADMINS + " admin accounts");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Admin> admins = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String field = "admins[" + i + "]";
      AdminRequest a = list.get(i);
      if (a == null) {
        throw DomainException.invalidField(field, "an admin is required");
      }
      String address = EvmAddresses.parse(a.address(), field + ".address");
      if (!seen.add(address)) {
        throw DomainException.invalidField(field + ".address", address + " is listed twice");
      }
      admins.add(new Admin(address, ContractCheck.optionalText(a.label(), field + ".label", 200)));
    }
    return admins;
  }

  private static ContractKind kind(String text, String field) {
    try {
      return ContractKind.parse(text);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(field, e.getMessage());
    }
  }

  static long number(Number value, String field, long min, long max) {
    if (value == null) {
      throw DomainException.invalidField(field, "is required");
    }
    long v = value.longValue();
    if (v < min || v > max) {
      throw DomainException.invalidField(field, "must be from " + min + " to " + max);
    }
    return v;
  }

  private static String url(String text) {
    String value = text == null ? "" : text.strip();
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (value.length() > 500
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null) {
        throw DomainException.invalidField("rpc_url", "an http(s) URL of a JSON-RPC endpoint");
      }
      return value;
    } catch (URISyntaxException e) {
      throw DomainException.invalidField("rpc_url", "not a URL: " + e.getReason());
    }
  }
}
