package org.sovereign.supervision.defi.testchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Contract artifacts as the npm packages publish them (OpenZeppelin 4.9.6's hardhat artifacts,
 * Uniswap V2's waffle output) and as {@code evm/build.mjs} compiles the local mocks.
 */
public final class Artifacts {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EvmHome home;

  public Artifacts(EvmHome home) {
    this.home = home;
  }

  /** {@code @openzeppelin/contracts/build/contracts/<name>.json}. */
  public ContractArtifact openZeppelin(String name) {
    return load(name, home.nodeModules().resolve("@openzeppelin/contracts/build/contracts"));
  }

  /** {@code @uniswap/v2-core/build/<name>.json}. */
  public ContractArtifact uniswapCore(String name) {
    return load(name, home.nodeModules().resolve("@uniswap/v2-core/build"));
  }

  /** {@code @uniswap/v2-periphery/build/<name>.json} (also holds WETH9). */
  public ContractArtifact uniswapPeriphery(String name) {
    return load(name, home.nodeModules().resolve("@uniswap/v2-periphery/build"));
  }

  /**
   * {@code evm/build/<name>.json}, compiled from {@code evm/contracts} by {@code npm run build}.
   */
  public ContractArtifact local(String name) {
    return load(name, home.build());
  }

  private static ContractArtifact load(String name, Path dir) {
    Path file = dir.resolve(name + ".json");
    if (!Files.isRegularFile(file)) {
      throw new TestChainException("artifact " + file + " not found — run bin/evm-setup");
    }
    JsonNode json = read(file);
    JsonNode abi = json.path("abi");
    if (!abi.isArray()) {
      throw new TestChainException("artifact " + file + " has no abi array");
    }
    return new ContractArtifact(name, file, abi.toString(), hex(bytecode(json)));
  }

  /** Hardhat and our build put a string in {@code bytecode}; solc's standard JSON nests it. */
  private static String bytecode(JsonNode json) {
    JsonNode flat = json.path("bytecode");
    return flat.isTextual()
        ? flat.asText()
        : json.path("evm").path("bytecode").path("object").asText();
  }

  private static String hex(String code) {
    return code.startsWith("0x") ? code : "0x" + code;
  }

  private static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new TestChainException(
          "artifact " + file + " is not readable JSON: " + e.getMessage(), e);
    }
  }
}
