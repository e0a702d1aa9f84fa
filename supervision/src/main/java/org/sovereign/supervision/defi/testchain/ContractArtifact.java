package org.sovereign.supervision.defi.testchain;

import java.nio.file.Path;

/**
 * A compiled contract: its ABI (JSON text as published) and creation bytecode ({@code 0x}-hex,
 * without constructor arguments).
 */
public record ContractArtifact(String name, Path source, String abiJson, String bytecode) {
  public ContractArtifact {
    if (!bytecode.matches("0x([0-9a-fA-F]{2})+")) {
      throw new TestChainException(
          "artifact "
              + source
              + " has no deployable bytecode for "
              + name
              + " (empty, or unlinked libraries)");
    }
  }

  /** Creation code followed by ABI-encoded constructor arguments ({@code 0x}-hex, no prefix). */
  public String creationCode(String encodedArguments) {
    return bytecode + encodedArguments;
  }
}
