package org.sovereign.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourceTest {

  @Test
  void defaults_shouldNeedNoConfiguration() {
    SovereignConfig config = SovereignConfig.defaults();
    assertThat(config.httpHost()).isEqualTo("127.0.0.1");
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.embeddedDatabase()).isTrue();
    assertThat(config.dataDirectory()).isEqualTo(Path.of("data"));
  }

  @Test
  void environment_shouldWinOverTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sovereign.properties");
    Files.writeString(file, "http.port=9000\nlogin.max.failures=3\n");
    SovereignConfig config =
        SovereignConfig.from(
            ConfigSource.load(Optional.of(file), Map.of("SOVEREIGN_HTTP_PORT", "9100")));
    assertThat(config.httpPort()).isEqualTo(9100);
    assertThat(config.loginMaxFailures()).isEqualTo(3);
  }

  @Test
  void badValues_shouldNameTheKeyAndTheVariable() {
    assertThatThrownBy(
            () -> SovereignConfig.from(ConfigSource.of(Map.of("http.port", "eighty"), Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'http.port'")
        .hasMessageContaining("SOVEREIGN_HTTP_PORT")
        .hasMessageContaining("'eighty'");
    assertThatThrownBy(
            () ->
                SovereignConfig.from(
                    ConfigSource.of(Map.of(), Map.of("SOVEREIGN_HTTP_PORT", "70000"))))
        .hasMessageContaining("between 0 and 65535");
    assertThatThrownBy(
            () -> ConfigSource.load(Optional.of(Path.of("/nonexistent/x.properties")), Map.of()))
        .hasMessageContaining("does not exist");
  }
}
