package org.sovereign.supervision.solvency;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded liability snapshots built into in-memory trees, for the tests. */
final class Snapshots {
  static final SnapshotSecret SECRET = SnapshotSecret.of(sequence(32));

  /** A built tree and what went into it. */
  record Built(SolvencyRoot root, InMemoryNodes nodes, List<String> ids, List<long[]> balances) {

    InclusionProof prove(int customer) {
      return InclusionProofs.prove(
          nodes, root, SECRET, customer, ids.get(customer), Amounts.of(balances.get(customer)));
    }
  }

  private Snapshots() {}

  static Built build(List<String> assets, List<String> ids, List<long[]> balances, int threads) {
    InMemoryNodes nodes = new InMemoryNodes();
    try (SolvencyTreeBuilder builder = SolvencyTreeBuilder.start(SECRET, assets, nodes, threads)) {
      for (int i = 0; i < ids.size(); i++) {
        builder.add(ids.get(i), balances.get(i));
      }
      return new Built(builder.finish(), nodes, ids, balances);
    }
  }

  /** {@code count} customers with seeded ids (some not ASCII) and balances below 2^40. */
  static Built random(int count, int assets, long seed, int threads) {
    Random random = new Random(seed);
    String[] stems = {"cust-", "kunde-ö-", "客户-", "🙂-", "ملف-"};
    List<String> ids = new ArrayList<>();
    List<long[]> balances = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(stems[random.nextInt(stems.length)] + i);
      long[] b = new long[assets];
      for (int a = 0; a < assets; a++) {
        b[a] = random.nextInt(4) == 0 ? 0 : random.nextLong(1L << 40);
      }
      balances.add(b);
    }
    List<String> codes = List.of("BTC", "USDT", "ETH", "PKR.e", "X_1").subList(0, assets);
    return build(codes, ids, balances, threads);
  }

  static byte[] sequence(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }
}
