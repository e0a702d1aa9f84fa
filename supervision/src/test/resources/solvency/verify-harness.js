// Runs the browser verifier on each case of a file and prints one result line per case, for
// JsVerifierTest. Input lines: expected root hex, a tab, the proof text as base64 of its UTF-8.
// Output lines, tab-separated: valid, reason, customer id (hex of UTF-8), leaf index, balances,
// assets, root sums (comma-separated), detail.
"use strict";
const fs = require("fs");
const verifier = require(process.argv[2]);
const lines = fs.readFileSync(process.argv[3], "utf8").split("\n").filter((line) => line.length > 0);
const out = lines.map((line) => {
  const [root, encoded] = line.split("\t");
  const r = verifier.verifySolvencyProof(Buffer.from(encoded, "base64").toString("utf8"), root);
  const list = (values) => (values === null ? "" : values.map(String).join(","));
  return [
    r.valid,
    r.reason === null ? "" : r.reason,
    r.customerId === null ? "" : Buffer.from(r.customerId, "utf8").toString("hex"),
    r.leafIndex === null ? "" : String(r.leafIndex),
    list(r.balances),
    list(r.assets),
    list(r.rootSums),
    r.detail === null ? "" : r.detail,
  ].join("\t");
});
process.stdout.write(out.join("\n") + "\n");
