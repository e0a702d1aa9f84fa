package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** List versions: the same bytes are the same version wherever they lie; any change is seen. */
class ListVersionTest {
  private static final String SDN =
      "9758,\"IBRAHIM, Dawood\",\"individual\",\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
          + "\"DOB 26 Dec 1955; nationality India.\"\r\n";
  private static final String ALT = "9758,9280,\"aka\",\"KASKAR, Dawood Ibrahim\",-0- \r\n";

  private static Path folder(Path dir, String sdn) throws IOException {
    Files.createDirectories(dir.resolve("ofac"));
    Files.writeString(dir.resolve("ofac/sdn.csv"), sdn);
    Files.writeString(dir.resolve("ofac/alt.csv"), ALT);
    Files.writeString(dir.resolve("sanctioned_addresses_XBT.txt"), "1Abc\n\n1Def\n");
    return dir;
  }

  @Test
  void load_shouldGiveTheSameVersionForTheSameBytes(@TempDir Path a, @TempDir Path b)
      throws IOException {
    ListVersion first = SanctionsLists.load(folder(a, SDN)).version();
    ListVersion second = SanctionsLists.load(folder(b, SDN)).version();
    assertThat(first.sameContentAs(second)).isTrue();
    assertThat(first).isEqualTo(second);
    assertThat(first.fingerprint()).hasSize(64).isEqualTo(second.fingerprint());
    assertThat(first.counts()).containsEntry("OFAC-SDN", 1).containsEntry("addresses", 2);
    assertThat(first.files())
        .extracting(ListVersion.ListFile::role)
        .containsExactly("alt", "primary", "XBT");
  }

  @Test
  void load_shouldGiveANewVersionWhenAFileChanges(@TempDir Path a, @TempDir Path b)
      throws IOException {
    ListVersion before = SanctionsLists.load(folder(a, SDN)).version();
    ListVersion after = SanctionsLists.load(folder(b, SDN.replace("1955", "1956"))).version();
    assertThat(after.sameContentAs(before)).isFalse();
    assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
  }

  @Test
  void load_shouldRefuseAFolderWithoutListsOrWithTwoCopies(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> SanctionsLists.load(dir))
        .hasMessageStartingWith("no sanctions list files in " + dir);
    folder(dir, SDN);
    Files.createDirectories(dir.resolve("copy"));
    Files.writeString(dir.resolve("copy/sdn.csv"), SDN);
    assertThatThrownBy(() -> SanctionsLists.load(dir))
        .hasMessageContaining("more than one sdn.csv");
  }
}
