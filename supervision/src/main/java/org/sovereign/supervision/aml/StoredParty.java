package org.sovereign.supervision.aml;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A distinct party or address seen in stored transfers: a name (with date of birth and country) or
 * an address, the VASP that reported it, and how many transfers carry it.
 */
record StoredParty(
    String name, String dateOfBirth, String country, boolean address, Long orgId, long transfers) {

  String key() {
    return (address ? "address:" : "name:") + name + "|" + dateOfBirth + "|" + country;
  }

  static List<StoredParty> all(Handle h) {
    return h.createQuery(
            "WITH parties AS ("
                + " SELECT org_id, p->'names'->0 AS n, p->>'dateOfBirth' AS dob, p->'address'->>'country' AS country,"
                + " p->>'account' AS account FROM transfers, LATERAL (VALUES (originator), (beneficiary)) AS x(p)"
                + " WHERE p IS NOT NULL)"
                + " SELECT trim(coalesce(n->>'secondary', '') || ' ' || coalesce(n->>'primary', '')) AS name,"
                + " dob, country, false AS address, min(org_id) AS org, count(*) AS transfers FROM parties"
                + " WHERE n IS NOT NULL GROUP BY 1, 2, 3"
                + " UNION ALL SELECT a, NULL, NULL, true, min(org_id), count(*) FROM ("
                + " SELECT org_id, counterparty_address AS a FROM transfers WHERE counterparty_address IS NOT NULL"
                + " UNION ALL SELECT org_id, account FROM parties WHERE account IS NOT NULL) addresses GROUP BY a")
        .map(
            (rs, ctx) ->
                new StoredParty(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getObject(5) == null ? null : rs.getLong(5),
                    rs.getLong(6)))
        .list();
  }
}
