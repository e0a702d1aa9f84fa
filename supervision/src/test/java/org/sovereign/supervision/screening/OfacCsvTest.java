package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvTest {

  private static List<List<String>> read(Path dir, String text, int columns) throws IOException {
    Path file = dir.resolve("rows.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    OfacCsv.read(file, columns, (fields, line) -> rows.add(fields));
    return rows;
  }

  @Test
  void read_shouldHandleQuotesEmptiesCrlfAndTheEndOfFileMark(@TempDir Path dir) throws IOException {
    String text =
        "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"a.k.a. 'BNC'.\"\r\n"
            + "7,\"Say \"\"hi\"\", twice\",x,-0- \r\n\u001a";
    assertThat(read(dir, text, 4))
        .containsExactly(
            List.of("306", "BANCO NACIONAL DE CUBA", "", "a.k.a. 'BNC'."),
            List.of("7", "Say \"hi\", twice", "x", ""));
  }

  @Test
  void read_shouldKeepALineBreakInsideQuotes(@TempDir Path dir) throws IOException {
    assertThat(read(dir, "1,\"two\nlines\"\n2,b\n", 2))
        .containsExactly(List.of("1", "two\nlines"), List.of("2", "b"));
  }

  @Test
  void read_shouldNameTheFileAndLineOfAShortRow(@TempDir Path dir) {
    assertThatThrownBy(() -> read(dir, "1,a,b\n2,c\n", 3))
        .isInstanceOf(SanctionsListException.class)
        .hasMessage(dir.resolve("rows.csv") + " line 2: has 2 fields, expected 3");
    assertThatThrownBy(() -> read(dir, "1,\"open\n", 2))
        .hasMessageEndingWith("line 1: a quoted field is never closed");
  }
}
