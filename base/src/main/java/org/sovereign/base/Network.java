package org.sovereign.base;

/** The Bitcoin networks the platform knows, with the prefixes their addresses use. */
public enum Network {
  MAIN("bc", (byte) 0x00, (byte) 0x05),
  TEST("tb", (byte) 0x6f, (byte) 0xc4),
  SIGNET("tb", (byte) 0x6f, (byte) 0xc4),
  REGTEST("bcrt", (byte) 0x6f, (byte) 0xc4);

  private final String bech32Hrp;
  private final byte p2pkhVersion;
  private final byte p2shVersion;

  Network(String bech32Hrp, byte p2pkhVersion, byte p2shVersion) {
    this.bech32Hrp = bech32Hrp;
    this.p2pkhVersion = p2pkhVersion;
    this.p2shVersion = p2shVersion;
  }

  public String bech32Hrp() {
    return bech32Hrp;
  }

  public byte p2pkhVersion() {
    return p2pkhVersion;
  }

  public byte p2shVersion() {
    return p2shVersion;
  }

  /** Parses names used on command lines and in configuration: main, test, signet, regtest. */
  public static Network parse(String name) {
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "main", "mainnet", "bitcoin" -> MAIN;
      case "test", "testnet", "testnet3", "testnet4" -> TEST;
      case "signet" -> SIGNET;
      case "regtest" -> REGTEST;
      default ->
          throw new IllegalArgumentException(
              "unknown network '" + name + "' (expected main, test, signet or regtest)");
    };
  }
}
