package org.sovereign.supervision.aml.cases;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * A case as a goAML suspicious transaction report (report code STR): the reporting entity, the
 * reason (the alerts and the rules that fired), each transfer with its from and to parties, and the
 * typologies as report indicators. Amounts are the transfers' USD equivalents.
 */
public final class GoAmlReports {
  private static final java.time.format.DateTimeFormatter SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private final String reportingEntity;
  private final Clock clock;
  private final LongFunction<Transfer> transfers;

  public GoAmlReports(String reportingEntity, Clock clock, LongFunction<Transfer> transfers) {
    this.reportingEntity = reportingEntity;
    this.clock = clock;
    this.transfers = transfers;
  }

  public String report(Case c, List<Alert> alerts) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("report");
      text(x, "rentity_id", reportingEntity);
      text(x, "submission_code", "E");
      text(x, "report_code", "STR");
      text(x, "entity_reference", "CASE-" + c.id());
      text(x, "submission_date", now());
      text(x, "currency_code_local", "USD");
      x.writeStartElement("reporting_person");
      text(x, "first_name", "Case");
      text(x, "last_name", c.closedBy() != null ? c.closedBy() : String.valueOf(c.assignee()));
      x.writeEndElement();
      text(x, "reason", reason(c, alerts));
      text(x, "action", c.disposition() == null ? "Under review" : c.disposition());
      for (Alert a : alerts) {
        if (a.transferId() != null) {
          transaction(x, transfers.apply(a.transferId()));
        }
      }
      x.writeStartElement("report_indicators");
      for (Alert a : alerts) {
        text(x, "indicator", a.typology());
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing the goAML report failed", e);
    }
    return out.toString();
  }

  private static String reason(Case c, List<Alert> alerts) {
    StringBuilder reason = new StringBuilder(c.title());
    for (Alert a : alerts) {
      reason.append("\n").append(a.typology()).append(" (score ").append(a.score()).append("): ");
      reason.append(a.factsJson());
    }
    return reason.toString();
  }

  private void transaction(XMLStreamWriter x, Transfer t) throws XMLStreamException {
    x.writeStartElement("transaction");
    text(x, "transactionnumber", t.transferId());
    if (t.txRef() != null) {
      text(x, "internal_ref_number", t.txRef());
    }
    text(x, "transaction_location", t.orgId().toString());
    text(x, "transaction_description", t.asset() + " " + t.amount() + " " + t.direction());
    text(x, "date_transaction", SECONDS.format(LocalDateTime.ofInstant(t.time(), ZoneOffset.UTC)));
    text(x, "transmode_code", "VA");
    text(x, "amount_local", BigDecimal.valueOf(t.valueUsdCents(), 2).toPlainString());
    side(x, "t_from", "from", t.originator(), t.originatingVasp());
    side(x, "t_to", "to", t.beneficiary(), t.beneficiaryVasp());
    x.writeEndElement();
  }

  private static void side(XMLStreamWriter x, String element, String prefix, Party p, String vasp)
      throws XMLStreamException {
    x.writeStartElement(element);
    text(x, prefix + "_funds_code", "VA");
    if (p != null && p.kind() == Party.Kind.LEGAL) {
      x.writeStartElement(prefix + "_entity");
      text(x, "name", String.valueOf(p.displayName()));
      if (p.lei() != null) {
        text(x, "incorporation_number", p.lei());
      }
      x.writeEndElement();
    } else if (p != null) {
      x.writeStartElement(prefix + "_person");
      Party.Name name = p.names().isEmpty() ? null : p.names().getFirst();
      text(x, "first_name", name == null || name.secondary() == null ? "-" : name.secondary());
      text(x, "last_name", name == null ? "-" : name.primary());
      if (p.dateOfBirth() != null) {
        text(x, "birthdate", p.dateOfBirth() + "T00:00:00");
      }
      if (p.nationalId() != null) {
        text(x, "id_number", p.nationalId());
      }
      x.writeEndElement();
    }
    if (vasp != null) {
      text(x, prefix + "_institution", vasp);
    }
    if (p != null && p.account() != null) {
      text(x, prefix + "_account_number", p.account());
    }
    if (p != null && p.country() != null) {
      text(x, prefix + "_country", p.country());
    }
    x.writeEndElement();
  }

  private String now() {
    return SECONDS.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  private static void text(XMLStreamWriter x, String element, String value)
      throws XMLStreamException {
    x.writeStartElement(element);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
