package org.sovereign.reserve.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.chain.index.IndexedOutput;
import org.sovereign.reserve.vault.Holdings;
import org.sovereign.reserve.vault.IssuedAddress;
import org.sovereign.reserve.vault.Vault;

/** The reserve's API representations. */
final class ReserveJson {
  private ReserveJson() {}

  static Map<String, Object> vault(Vault v) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", v.id());
    json.put("name", v.name());
    json.put("purpose", v.purpose());
    json.put("descriptor", v.descriptor());
    json.put("receive_descriptor", v.receiveDescriptor());
    json.put("change_descriptor", v.changeDescriptor());
    json.put("network", v.network().name().toLowerCase(java.util.Locale.ROOT));
    json.put("quorum", v.quorum());
    json.put("keys", v.keyCount());
    json.put("gap_limit", v.gapLimit());
    json.put(
        "custodians",
        v.custodians().stream()
            .map(
                c ->
                    Map.of(
                        "name",
                        c.name(),
                        "fingerprint",
                        c.fingerprint(),
                        "key_location",
                        c.keyLocation()))
            .toList());
    json.put("created_by", v.createdBy());
    json.put("created_at", v.createdAt());
    return json;
  }

  static Map<String, Object> holdings(Holdings.VaultHoldings h) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("confirmed_sat", h.confirmed().value());
    json.put("confirmed_btc", h.confirmed().toBtcString());
    json.put("indexed_height", h.indexedHeight());
    json.put("utxos", h.unspent().stream().map(ReserveJson::utxo).toList());
    return json;
  }

  private static Map<String, Object> utxo(IndexedOutput o) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("outpoint", o.outPoint().toString());
    json.put("height", o.height());
    json.put("value_sat", o.value().value());
    return json;
  }

  static Map<String, Object> address(IssuedAddress a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("index", a.index());
    json.put("address", a.address());
    json.put("label", a.label());
    json.put("key_paths", a.keyPaths());
    json.put("issued_by", a.issuedBy());
    json.put("issued_at", a.issuedAt());
    return json;
  }

  static List<Map<String, Object>> addresses(List<IssuedAddress> list) {
    return list.stream().map(ReserveJson::address).toList();
  }
}
