package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnXmlLoaderTest {
  private static final String ONE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <CONSOLIDATED_LIST>
        <INDIVIDUALS>
          <INDIVIDUAL>
            <FIRST_NAME>ABDUL</FIRST_NAME><SECOND_NAME>SATTAR</SECOND_NAME>
            <UN_LIST_TYPE>Taliban</UN_LIST_TYPE><REFERENCE_NUMBER>TAi.999</REFERENCE_NUMBER>
            <NATIONALITY><VALUE>Pakistan</VALUE></NATIONALITY>
            <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Haji Sattar</ALIAS_NAME></INDIVIDUAL_ALIAS>
            <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abdusattar</ALIAS_NAME></INDIVIDUAL_ALIAS>
            <INDIVIDUAL_ADDRESS><COUNTRY>Afghanistan</COUNTRY></INDIVIDUAL_ADDRESS>
            <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>
              <FROM_YEAR>1970</FROM_YEAR><TO_YEAR>1972</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
            <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
              <DATE>1971-03-02</DATE></INDIVIDUAL_DATE_OF_BIRTH>
            <INDIVIDUAL_PLACE_OF_BIRTH><COUNTRY>Iran</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
          </INDIVIDUAL>
        </INDIVIDUALS>
        <ENTITIES>
          <ENTITY><FIRST_NAME>AL RASHID TRUST</FIRST_NAME><REFERENCE_NUMBER>QDe.005</REFERENCE_NUMBER>
            <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Al-Rasheed Trust</ALIAS_NAME></ENTITY_ALIAS>
          </ENTITY>
        </ENTITIES>
      </CONSOLIDATED_LIST>
      """;

  @Test
  void load_shouldReadIndividualsAndEntities(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("consolidated.xml"), ONE);
    ListContent content = UnXmlLoader.load(file);
    assertThat(content.parties()).hasSize(2);
    ListedParty person = content.parties().getFirst();
    assertThat(person.listId()).isEqualTo("UN:TAi.999");
    assertThat(person.names())
        .containsExactly(
            new ListedName("ABDUL SATTAR", ListedName.Quality.PRIMARY),
            new ListedName("Haji Sattar", ListedName.Quality.WEAK_ALIAS),
            new ListedName("Abdusattar", ListedName.Quality.STRONG_ALIAS));
    assertThat(person.birthDates())
        .containsExactly(BirthDate.years(1970, 1972), BirthDate.parse("1971-03-02"));
    assertThat(person.countries()).containsExactlyInAnyOrder("PK", "AF");
    assertThat(person.programs()).containsExactly("Taliban");
    ListedParty trust = content.parties().getLast();
    assertThat(trust.type()).isEqualTo(PartyType.ENTITY);
    assertThat(trust.names()).extracting(ListedName::text).contains("Al-Rasheed Trust");
  }

  @Test
  void load_shouldNameTheLineOfBrokenXml(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("consolidated.xml"), ONE.replace("</ENTITIES>", ""));
    assertThatThrownBy(() -> UnXmlLoader.load(file))
        .isInstanceOf(SanctionsListException.class)
        .hasMessageContaining("consolidated.xml line ")
        .hasMessageContaining("is not well-formed XML");
  }

  @Test
  void load_shouldRefuseARecordWithoutReference(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("consolidated.xml"),
            ONE.replace("<REFERENCE_NUMBER>QDe.005</REFERENCE_NUMBER>", ""));
    assertThatThrownBy(() -> UnXmlLoader.load(file))
        .hasMessageEndingWith("record without REFERENCE_NUMBER");
  }
}
