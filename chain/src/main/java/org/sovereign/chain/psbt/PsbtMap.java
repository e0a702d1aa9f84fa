package org.sovereign.chain.psbt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** One PSBT map (global, an input or an output): its key-value pairs in their original order. */
public record PsbtMap(List<KeyValue> entries) {

  /** A map holding a copy of {@code entries}. */
  public PsbtMap {
    entries = List.copyOf(entries);
  }

  /** The first pair of the given key type, if any. */
  public Optional<KeyValue> first(long keyType) {
    return entries.stream().filter(e -> e.keyType() == keyType).findFirst();
  }

  /** The value of the first pair of the given key type, if any. */
  public Optional<byte[]> value(long keyType) {
    return first(keyType).map(KeyValue::value);
  }

  /** All pairs of the given key type, in order. */
  public List<KeyValue> all(long keyType) {
    return entries.stream().filter(e -> e.keyType() == keyType).toList();
  }

  /** Whether any pair has the given key type. */
  public boolean has(long keyType) {
    return first(keyType).isPresent();
  }

  /** The pairs that {@code keep} accepts, then {@code added}. */
  public PsbtMap retainAndAppend(Predicate<KeyValue> keep, List<KeyValue> added) {
    List<KeyValue> out = new ArrayList<>(entries.stream().filter(keep).toList());
    out.addAll(added);
    return new PsbtMap(out);
  }

  void writeTo(PsbtBytes out) {
    for (KeyValue kv : entries) {
      kv.writeTo(out);
    }
    out.writeByte(0x00);
  }

  static String typeName(long keyType) {
    return keyType <= 0xff ? String.format("0x%02x", keyType) : "0x" + Long.toHexString(keyType);
  }
}
