package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.web.Messages;

/** Every text key a template asks for exists in the English bundles (no ??key?? on screen). */
class MessagesTest {
  private static final Pattern KEY = Pattern.compile("page\\.t\\(\"([a-z0-9.\\-]+)\"\\s*[,)]");

  @Test
  void everyTemplateKey_shouldHaveAnEnglishText() throws IOException {
    Messages messages =
        new Messages(Locale.ENGLISH, List.of("platform", "reserve", "power", "supervision"));
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".jte") && p.toString().contains("src/main/jte"))
              .toList()) {
        Matcher matcher = KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          checked++;
          if (!messages.has(matcher.group(1))) {
            missing.add(file.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    for (var role : org.sovereign.platform.accounts.Role.values()) {
      if (!messages.has("role." + role.slug())) {
        missing.add("role." + role.slug());
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(missing).isEmpty();
  }
}
