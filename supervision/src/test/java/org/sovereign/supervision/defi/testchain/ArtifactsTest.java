package org.sovereign.supervision.defi.testchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactsTest {
  @Test
  void load_shouldReadHardhatAndWaffleLayoutsAlike(@TempDir Path root) throws Exception {
    EvmHome home = home(root);
    write(
        home.nodeModules().resolve("@openzeppelin/contracts/build/contracts/ProxyAdmin.json"),
        "{\"abi\":[{\"type\":\"constructor\"}],\"bytecode\":\"0x6080\"}");
    write(
        home.nodeModules().resolve("@uniswap/v2-core/build/UniswapV2Factory.json"),
        "{\"abi\":[],\"evm\":{\"bytecode\":{\"object\":\"60c0\"}},\"bytecode\":\"60c0\"}");
    write(
        home.nodeModules().resolve("@uniswap/v2-periphery/build/WETH9.json"),
        "{\"abi\":[],\"evm\":{\"bytecode\":{\"object\":\"60aa\"}}}");
    Artifacts artifacts = new Artifacts(home);

    assertThat(artifacts.openZeppelin("ProxyAdmin").bytecode()).isEqualTo("0x6080");
    assertThat(artifacts.openZeppelin("ProxyAdmin").abiJson())
        .isEqualTo("[{\"type\":\"constructor\"}]");
    assertThat(artifacts.uniswapCore("UniswapV2Factory").bytecode()).isEqualTo("0x60c0");
    assertThat(artifacts.uniswapPeriphery("WETH9").creationCode("00ff")).isEqualTo("0x60aa00ff");
  }

  @Test
  void load_shouldSayWhichFileIsMissingAndHowToGetIt(@TempDir Path root) throws Exception {
    EvmHome home = home(root);
    Path expected = home.build().resolve("MockPriceFeed.json");
    assertThatThrownBy(() -> new Artifacts(home).local("MockPriceFeed"))
        .isInstanceOf(TestChainException.class)
        .hasMessage("artifact " + expected + " not found — run bin/evm-setup");
  }

  @Test
  void load_shouldRejectAnInterfaceWithoutBytecode(@TempDir Path root) throws Exception {
    EvmHome home = home(root);
    write(home.build().resolve("IFeed.json"), "{\"abi\":[],\"bytecode\":\"0x\"}");
    assertThatThrownBy(() -> new Artifacts(home).local("IFeed"))
        .hasMessageContaining("has no deployable bytecode for IFeed");
  }

  @Test
  void find_shouldWalkUpToTheRepositoryRoot(@TempDir Path root) throws Exception {
    EvmHome home = home(root);
    Path module = Files.createDirectories(root.resolve("supervision/src"));
    assertThat(EvmHome.find(module)).contains(home);
    assertThat(home.anvil().toString()).contains("node_modules/@foundry-rs/anvil-");
  }

  private static EvmHome home(Path root) throws Exception {
    write(root.resolve("evm/package.json"), "{}");
    return new EvmHome(root.resolve("evm"));
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
