package org.sovereign.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sovereign.platform.config.ConfigSource;
import org.sovereign.supervision.aml.ListsWatchlist;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.screening.SanctionsLists;

/**
 * The sanctions lists monitoring screens against: the official files in {@code
 * screening.lists.dir}; for the demo without one, the OFAC address snapshot bundled with the app;
 * otherwise none.
 */
public final class ScreeningLists {
  private static final List<String> BUNDLED =
      List.of(
          "ARB", "BCH", "BSC", "BSV", "BTG", "DASH", "ETC", "ETH", "LTC", "TRX", "USDC", "USDT",
          "XBT", "XMR", "XRP", "XVG", "ZEC");

  private ScreeningLists() {}

  public static Watchlist from(ConfigSource config, Path dataDir, boolean demo) {
    var dir = config.get("screening.lists.dir");
    if (dir.isPresent()) {
      return new ListsWatchlist(SanctionsLists.load(Path.of(dir.get())));
    }
    return demo ? new ListsWatchlist(SanctionsLists.load(bundled(dataDir))) : Watchlist.EMPTY;
  }

  /** Copies the bundled address lists next to the data (a folder the loaders can read). */
  public static Path bundled(Path dataDir) {
    try {
      Path dir = dataDir.resolve("demo-sanctions");
      Files.createDirectories(dir);
      for (String asset : BUNDLED) {
        String name = "sanctioned_addresses_" + asset + ".txt";
        try (InputStream in = ScreeningLists.class.getResourceAsStream("/demo/sanctions/" + name)) {
          if (in != null) {
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the demo sanctions lists", e);
    }
  }
}
