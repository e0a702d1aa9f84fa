package org.sovereign.supervision.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the UN Security Council Consolidated List (XML, schema sc-sanctions.xsd) with StAX: one
 * party per INDIVIDUAL or ENTITY, identified by its REFERENCE_NUMBER.
 */
final class UnXmlLoader {
  private final Path file;
  private final XMLStreamReader xml;
  private final List<ListedParty> parties = new ArrayList<>();
  private final List<String> path = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private UnRecord current;

  private UnXmlLoader(Path file, XMLStreamReader xml) {
    this.file = file;
    this.xml = xml;
  }

  static ListContent load(Path file) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        UnXmlLoader loader = new UnXmlLoader(file, xml);
        loader.run();
        return new ListContent(loader.parties, List.of());
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new SanctionsListException(file, "cannot be read: " + e.getMessage(), e);
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new SanctionsListException(file, line, "is not well-formed XML: " + e.getMessage());
    }
  }

  private void run() throws XMLStreamException {
    while (xml.hasNext()) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
        default -> {}
      }
    }
    if (parties.isEmpty()) {
      throw new SanctionsListException(file, 0, "has no INDIVIDUAL or ENTITY records");
    }
  }

  private void start(String name) {
    path.add(name);
    text.setLength(0);
    switch (name) {
      case "INDIVIDUAL" -> current = new UnRecord(PartyType.INDIVIDUAL, line());
      case "ENTITY" -> current = new UnRecord(PartyType.ENTITY, line());
      case "INDIVIDUAL_ALIAS", "ENTITY_ALIAS" -> current.startAlias();
      case "INDIVIDUAL_DATE_OF_BIRTH" -> current.startBirthDate();
      default -> {}
    }
  }

  private void end(String name) {
    String value = text.toString().strip();
    text.setLength(0);
    path.removeLast();
    if (current == null) {
      return;
    }
    String parent = path.isEmpty() ? "" : path.getLast();
    switch (name) {
      case "INDIVIDUAL", "ENTITY" -> {
        parties.add(current.build(file));
        current = null;
      }
      case "INDIVIDUAL_ALIAS", "ENTITY_ALIAS" -> current.endAlias();
      case "INDIVIDUAL_DATE_OF_BIRTH" -> current.endBirthDate(this::date);
      default -> field(parent, name, value);
    }
  }

  private void field(String parent, String name, String value) {
    try {
      current.field(parent, name, value);
    } catch (IllegalArgumentException e) {
      throw new SanctionsListException(file, line(), name + ": " + e.getMessage());
    }
  }

  private long line() {
    return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
  }

  private BirthDate date(UnRecord.DateParts parts) {
    try {
      String type = parts.type().toUpperCase(Locale.ROOT);
      if (type.equals("BETWEEN") && !parts.fromYear().isEmpty()) {
        int to = parts.toYear().isEmpty() ? year(parts.fromYear()) : year(parts.toYear());
        return BirthDate.years(year(parts.fromYear()), to);
      }
      BirthDate exact =
          !parts.date().isEmpty()
              ? BirthDate.of(LocalDate.parse(parts.date()))
              : !parts.year().isEmpty() ? BirthDate.year(year(parts.year())) : null;
      if (exact != null && type.equals("APPROXIMATELY")) {
        return BirthDate.years(exact.fromYear() - 1, exact.toYear() + 1);
      }
      return exact;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new SanctionsListException(
          file, line(), "date of birth " + parts + " cannot be read: " + e.getMessage());
    }
  }

  private static int year(String text) {
    return Integer.parseInt(text.strip());
  }
}
