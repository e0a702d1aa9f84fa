package org.sovereign.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.platform.json.Json;
import picocli.CommandLine;

/** {@code sovereign screen names|addresses} over a small list folder in the official layout. */
class ScreenCliTest {
  private static final String ETH = "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c";

  @TempDir static Path dir;
  private static Path lists;

  @BeforeAll
  static void listFolder() throws IOException {
    lists = Files.createDirectories(dir.resolve("lists"));
    Files.writeString(
        lists.resolve("sdn.csv"),
        "9758,\"IBRAHIM, Dawood\",\"individual\",\"SDNTK] [SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "-0- ,\"DOB 26 Dec 1955; nationality India; alt. citizen Pakistan.\"\r\n"
            + "29703,\"ANDREYEV, Anton Nikolaeyvich\",\"individual\",\"CYBER2\",-0- ,-0- ,-0- ,-0- ,"
            + "-0- ,-0- ,-0- ,\"DOB 03 Mar 1985; Digital Currency Address - ETH "
            + ETH
            + ".\"\r\n"
            + "10607,\"SHER MATCH INDUSTRIES (PVT.) LIMITED\",-0- ,\"SDNTK\",-0- ,-0- ,-0- ,-0- ,"
            + "-0- ,-0- ,-0- ,-0- \r\n");
    Files.writeString(
        lists.resolve("alt.csv"), "9758,9280,\"aka\",\"KASKAR, Dawood Ibrahim\",-0- \r\n");
    Files.writeString(
        lists.resolve("sanctioned_addresses_XBT.txt"), "1DtGgdCi9VPKz2Bpq8GQhUQEPnQ5HwaT9n\n");
  }

  private record Run(int exit, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.strip().split("\n")) {
        nodes.add(Json.mapper().readTree(line));
      }
      return nodes;
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void names_shouldPrintOneLineOfExplainedHitsPerQuery() throws IOException {
    Path queries =
        file(
            "queries.ndjson",
            """
            {"id":"c-1","query":"Daud Ibrahim Kaskar","dob":"1955-12-26","country":"PK"}
            {"query":"Imran Khan","dob":"1990","country":"Pakistan"}

            {"query":"Sher Match Industries Pvt Ltd","type":"entity"}
            """);
    Run run = run("screen", "names", queries.toString(), "--lists", lists.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("Sanctions lists {OFAC-SDN=3, addresses=2}, version ");
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(3);
    JsonNode dawood = lines.get(0);
    assertThat(dawood.get("id").asText()).isEqualTo("c-1");
    assertThat(dawood.at("/hits/0/list_id").asText()).isEqualTo("OFAC-SDN:9758");
    assertThat(dawood.at("/hits/0/name").asText()).isEqualTo("KASKAR, Dawood Ibrahim");
    assertThat(dawood.at("/hits/0/score").asDouble()).isGreaterThan(0.9);
    assertThat(dawood.at("/hits/0/why").asText())
        .contains("daud~dawood", "DOB 1955-12-26 matches", "country PK matches");
    assertThat(lines.get(1).get("hits")).isEmpty();
    assertThat(lines.get(2).at("/hits/0/list_id").asText()).isEqualTo("OFAC-SDN:10607");
  }

  @Test
  void addresses_shouldMatchHexInAnyCaseAndSayWhereTheyAreListed() throws IOException {
    Path addresses =
        file(
            "addresses.txt",
            ETH.toUpperCase().replace("0X", "0x")
                + "\n1DtGgdCi9VPKz2Bpq8GQhUQEPnQ5HwaT9n\n1Unlisted\n");
    Run run = run("screen", "addresses", addresses.toString(), "--lists", lists.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).at("/hits/0/list_id").asText()).isEqualTo("OFAC-SDN:29703");
    assertThat(lines.get(0).at("/hits/0/asset").asText()).isEqualTo("ETH");
    assertThat(lines.get(0).at("/hits/0/listed").asText()).isEqualTo(ETH);
    assertThat(lines.get(1).at("/hits/0/source").asText()).isEqualTo("OFAC-ADDR");
    assertThat(lines.get(1).at("/hits/0/list_id").isNull()).isTrue();
    assertThat(lines.get(2).get("hits")).isEmpty();
  }

  @Test
  void lists_shouldComeFromTheConfigurationWhenNotGiven() throws IOException {
    Path config = file("screening.properties", "screening.lists.dir=" + lists + "\n");
    Path addresses = file("one.txt", "1DtGgdCi9VPKz2Bpq8GQhUQEPnQ5HwaT9n\n");
    Run run = run("screen", "addresses", addresses.toString(), "--config", config.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.lines().getFirst().get("hits")).hasSize(1);
  }

  @Test
  void badInput_shouldExitOneNamingTheLine() throws IOException {
    Path queries =
        file("bad.ndjson", "{\"query\":\"Ali Raza\"}\n{\"query\":\"x\",\"dob\":\"1970-13\"}\n");
    Run bad = run("screen", "names", queries.toString(), "--lists", lists.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err())
        .contains(
            "error: "
                + queries
                + " line 2: date of birth '1970-13' is not YYYY, YYYY-MM or"
                + " YYYY-MM-DD");
    Run noLists = run("screen", "names", queries.toString(), "--config", "/nonexistent.properties");
    assertThat(noLists.exit()).isEqualTo(1);
    assertThat(noLists.err()).contains("does not exist");
  }
}
