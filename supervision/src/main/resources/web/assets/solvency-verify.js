// Verifies a Sovereign proof of solvency (format sovereign-solvency/1, docs/proof-of-solvency.md)
// in the customer's browser or in node, with no dependency: its own SHA-256 (FIPS 180-4) and
// BigInt for the unsigned 64-bit amounts. It does not use crypto.subtle, which browsers withhold
// from pages served over plain http (a LAN deployment).
//
//   verifySolvencyProof(proofText, expectedRootHex)
//     proofText: the JSON envelope {"format":"sovereign-solvency-proof/1","assets":[...],
//                "proof":"<base64>"} or the base64 alone; expectedRootHex: the published root.
//     returns {valid, reason, detail, customerId, leafIndex, depth, balances, assets, rootSums}:
//     reason is null or a code (TRUNCATED, ROOT_HASH_MISMATCH, ...) and detail says exactly what
//     is wrong; amounts are BigInt. The checks and messages are those of the Java ProofVerifier.
//
// In a page, a <form data-solvency-verify> with fields "proof" and "root" and an element
// [data-solvency-result] inside it is wired up on load (no inline script needed under the CSP).
(function (global) {
  "use strict";

  var FORMAT = "sovereign-solvency-proof/1";
  var MAX_U63 = (1n << 63n) - 1n;
  var HEADER = 16;
  var CUSTOMER_TAG = ascii("sovereign-solvency/1/customer");
  var BASE64_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var MAX_TEXT = 65536; // far above the largest valid proof (10,544 bytes)
  var ASSET_CODE = /^[A-Za-z0-9._-]{1,16}$/;
  var MEMBERS = ["format", "assets", "proof"];

  // SHA-256 round constants: the first 32 bits of the fractional parts of the cube roots of the
  // first 64 primes (FIPS 180-4, 4.2.2).
  var ROUND = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ]);
  // Initial hash: the first 32 bits of the fractional parts of the square roots of the first 8
  // primes (FIPS 180-4, 5.3.3).
  var INITIAL = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  ];

  function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  // SHA-256 of the concatenation of the given Uint8Arrays.
  function sha256() {
    var data = concat(Array.prototype.slice.call(arguments));
    var blocks = (data.length + 9 + 63) >> 6;
    var padded = new Uint8Array(blocks * 64);
    padded.set(data);
    padded[data.length] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(data.length / 0x20000000));
    view.setUint32(padded.length - 4, (data.length * 8) >>> 0);
    var h = new Uint32Array(INITIAL);
    var w = new Uint32Array(64);
    for (var offset = 0; offset < padded.length; offset += 64) {
      compress(h, w, view, offset);
    }
    var out = new Uint8Array(32);
    var outView = new DataView(out.buffer);
    for (var i = 0; i < 8; i++) {
      outView.setUint32(4 * i, h[i]);
    }
    return out;
  }

  function compress(h, w, view, offset) {
    var t;
    for (t = 0; t < 16; t++) {
      w[t] = view.getUint32(offset + 4 * t);
    }
    for (t = 16; t < 64; t++) {
      var x = w[t - 15];
      var y = w[t - 2];
      var s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      var s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (t = 0; t < 64; t++) {
      var t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
          ROUND[t] + w[t]) | 0;
      var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
  }

  function concat(parts) {
    var length = 0;
    parts.forEach(function (part) { length += part.length; });
    var out = new Uint8Array(length);
    var at = 0;
    parts.forEach(function (part) { out.set(part, at); at += part.length; });
    return out;
  }

  function ascii(text) {
    var out = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { out[i] = text.charCodeAt(i); }
    return out;
  }

  function hex(bytes) {
    var out = "";
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16); }
    return out;
  }

  function trimAscii(text) {
    return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
  }

  function Rejection(reason, detail) {
    this.reason = reason;
    this.detail = detail;
  }

  function reject(reason, detail) {
    throw new Rejection(reason, detail);
  }

  function expectedRoot(text) {
    var trimmed = trimAscii(text == null ? "" : String(text));
    if (trimmed.length !== 64) {
      reject("BAD_EXPECTED_ROOT",
          "expected root must be 64 hex digits, not " + trimmed.length + " characters");
    }
    for (var i = 0; i < 64; i++) {
      if ("0123456789abcdefABCDEF".indexOf(trimmed.charAt(i)) < 0) {
        reject("BAD_EXPECTED_ROOT", "expected root has a non-hex character at position " + i);
      }
    }
    return trimmed.toLowerCase();
  }

  function openEnvelope(text) {
    var whole = text == null ? "" : String(text);
    if (whole.length > MAX_TEXT) {
      reject("TOO_LARGE", "proof text has " + whole.length + " characters; no valid proof has over " +
          MAX_TEXT);
    }
    var trimmed = trimAscii(whole);
    if (trimmed.charAt(0) !== "{") {
      return { proof: base64(trimmed), assets: [] };
    }
    var members;
    try {
      members = JSON.parse(trimmed);
    } catch (e) {
      reject("BAD_ENVELOPE", "envelope is not valid JSON: " + e.message);
    }
    Object.keys(members).forEach(function (name) {
      if (MEMBERS.indexOf(name) < 0) {
        reject("BAD_ENVELOPE", "envelope has an unknown member \"" + name + "\"");
      }
    });
    MEMBERS.forEach(function (name) {
      if (!Object.prototype.hasOwnProperty.call(members, name)) {
        reject("BAD_ENVELOPE", "envelope has no member \"" + name + "\"");
      }
    });
    if (members.format !== FORMAT) {
      reject("BAD_ENVELOPE", "envelope format is not \"" + FORMAT + "\"");
    }
    var assets = members.assets;
    if (!Array.isArray(assets)) {
      reject("BAD_ENVELOPE", "envelope member \"assets\" is not a list of codes");
    }
    assets.forEach(function (code) {
      if (typeof code !== "string" || !ASSET_CODE.test(code)) {
        reject("BAD_ENVELOPE",
            "envelope asset codes must be 1..16 letters, digits, '.', '_' or '-'");
      }
    });
    if (typeof members.proof !== "string") {
      reject("BAD_ENVELOPE", "envelope member \"proof\" is not a string");
    }
    return { proof: base64(members.proof), assets: assets.slice() };
  }

  function isPaddedBase64(text) {
    if (text.length % 4 !== 0) { return false; }
    var padding = /==$/.test(text) ? 2 : /=$/.test(text) ? 1 : 0;
    for (var i = 0; i < text.length - padding; i++) {
      if (BASE64_DIGITS.indexOf(text.charAt(i)) < 0) { return false; }
    }
    return true;
  }

  function base64(text) {
    if (!isPaddedBase64(text)) {
      reject("BAD_BASE64", "proof is not standard base64 with padding");
    }
    var alphabet = BASE64_DIGITS;
    var body = text.replace(/=+$/, "");
    var out = new Uint8Array(Math.floor(body.length * 3 / 4));
    var bits = 0, count = 0, at = 0;
    for (var i = 0; i < body.length; i++) {
      bits = (bits << 6) | alphabet.indexOf(body.charAt(i));
      count += 6;
      if (count >= 8) {
        count -= 8;
        out[at++] = (bits >> count) & 0xff;
      }
    }
    return out;
  }

  function u64(bytes, offset) {
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return (BigInt(view.getUint32(offset)) << 32n) | BigInt(view.getUint32(offset + 4));
  }

  function putU64(bytes, offset, value) {
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(offset, Number(value >> 32n));
    view.setUint32(offset + 4, Number(value & 0xffffffffn));
  }

  function amounts(bytes, at, count, what, where) {
    var values = [];
    for (var a = 0; a < count; a++) {
      var value = u64(bytes, at + 8 * a);
      if (value > MAX_U63) {
        reject("AMOUNT_OUT_OF_RANGE", what + (a + 1) + where + " is " + value + ", above 2^63-1");
      }
      values.push(value);
    }
    return values;
  }

  // Reads the binary proof, checking in the documented order.
  function readProof(bytes) {
    var magic = ascii("SSP1");
    if (bytes.length >= 4 && (bytes[0] !== magic[0] || bytes[1] !== magic[1] ||
        bytes[2] !== magic[2] || bytes[3] !== magic[3])) {
      reject("BAD_MAGIC", "proof starts with 0x" + hex(bytes.subarray(0, 4)) + ", not \"SSP1\"");
    }
    if (bytes.length < HEADER) {
      reject("TRUNCATED", "proof has " + bytes.length + " bytes; its header alone has 16");
    }
    var k = bytes[4];
    if (k < 1 || k > 16) { reject("BAD_ASSET_COUNT", "asset count " + k + " is outside 1..16"); }
    var depth = bytes[5];
    if (depth < 10 || depth > 63) { reject("BAD_DEPTH", "depth " + depth + " is outside 10..63"); }
    var leafIndex = u64(bytes, 6);
    if (leafIndex >= (1n << BigInt(depth))) {
      reject("BAD_LEAF_INDEX", "leaf index " + leafIndex + " is not below 2^" + depth);
    }
    var idLength = (bytes[14] << 8) | bytes[15];
    if (idLength < 1 || idLength > 128) {
      reject("BAD_CUSTOMER_ID", "customer id length " + idLength + " is outside 1..128");
    }
    var nodeSize = 32 + 8 * k;
    var expected = HEADER + idLength + 32 + 8 * k + (depth + 1) * nodeSize;
    if (bytes.length !== expected) {
      reject(bytes.length < expected ? "TRUNCATED" : "TRAILING_BYTES", "proof has " + bytes.length +
          " bytes, but " + k + " asset(s), depth " + depth + " and a customer id of " + idLength +
          " bytes make " + expected);
    }
    var id = bytes.slice(HEADER, HEADER + idLength);
    var customerId;
    try {
      customerId = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(id);
    } catch (e) {
      reject("BAD_CUSTOMER_ID", "customer id is not valid UTF-8");
    }
    var at = HEADER + idLength;
    var proof = { k: k, depth: depth, leafIndex: leafIndex, customerId: customerId, id: id };
    proof.nonce = bytes.slice(at, at + 32);
    at += 32;
    proof.balances = amounts(bytes, at, k, "balance of asset ", "");
    at += 8 * k;
    for (var level = 0; level < depth; level++) {
      amounts(bytes, at + level * nodeSize + 32, k, "sibling sum of asset ", " at level " + level);
    }
    proof.path = bytes.slice(at, at + depth * nodeSize);
    at += depth * nodeSize;
    proof.rootSums = amounts(bytes, at + 32, k, "root sum of asset ", "");
    proof.root = bytes.slice(at, at + nodeSize);
    return proof;
  }

  // Recomputes the root node (hash and sums) from the leaf and the path.
  function walk(proof) {
    var k = proof.k;
    var nodeSize = 32 + 8 * k;
    var sums = new Uint8Array(8 * k);
    proof.balances.forEach(function (value, a) { putU64(sums, 8 * a, value); });
    var commitment = sha256(CUSTOMER_TAG, proof.nonce, proof.id);
    var node = concat([sha256(new Uint8Array([0]), commitment, sums), sums]);
    for (var level = 0; level < proof.depth; level++) {
      var sibling = proof.path.subarray(level * nodeSize, (level + 1) * nodeSize);
      var right = ((proof.leafIndex >> BigInt(level)) & 1n) === 1n;
      var left = right ? sibling : node;
      var rightNode = right ? node : sibling;
      var parentSums = new Uint8Array(8 * k);
      for (var a = 0; a < k; a++) {
        var sum = u64(left, 32 + 8 * a) + u64(rightNode, 32 + 8 * a);
        if (sum > MAX_U63) {
          reject("SUM_OVERFLOW", "sum of asset " + (a + 1) + " exceeds 2^63-1 at level " + (level + 1));
        }
        putU64(parentSums, 8 * a, sum);
      }
      node = concat([sha256(new Uint8Array([1]), left, rightNode), parentSums]);
    }
    return node;
  }

  function check(proof, assets, expected) {
    if (assets.length > 0 && assets.length !== proof.k) {
      reject("BAD_ENVELOPE", "envelope names " + assets.length + " asset(s) but the proof has " + proof.k);
    }
    var computed = walk(proof);
    var computedHex = hex(computed.subarray(0, 32));
    var rootHex = hex(proof.root.subarray(0, 32));
    if (computedHex !== rootHex) {
      reject("ROOT_HASH_MISMATCH", "the path computes root " + computedHex +
          ", but the proof carries root " + rootHex);
    }
    for (var a = 0; a < proof.k; a++) {
      var sum = u64(computed, 32 + 8 * a);
      if (sum !== proof.rootSums[a]) {
        reject("ROOT_SUMS_MISMATCH", "the path computes a total of " + sum + " for asset " + (a + 1) +
            ", but the proof carries " + proof.rootSums[a]);
      }
    }
    if (rootHex !== expected) {
      reject("UNEXPECTED_ROOT", "the proof is for root " + rootHex + ", not the published root " + expected);
    }
  }

  function verifySolvencyProof(proofText, expectedRootHex) {
    try {
      var expected = expectedRoot(expectedRootHex);
      var opened = openEnvelope(proofText);
      var proof = readProof(opened.proof);
      check(proof, opened.assets, expected);
      return {
        valid: true, reason: null, detail: null, customerId: proof.customerId,
        leafIndex: proof.leafIndex, depth: proof.depth, balances: proof.balances,
        assets: opened.assets, rootSums: proof.rootSums
      };
    } catch (e) {
      if (!(e instanceof Rejection)) { throw e; }
      return {
        valid: false, reason: e.reason, detail: e.detail, customerId: null, leafIndex: null,
        depth: null, balances: null, assets: null, rootSums: null
      };
    }
  }

  function wireForms(root) {
    root.querySelectorAll("form[data-solvency-verify]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var result = verifySolvencyProof(form.elements.proof.value, form.elements.root.value);
        var output = form.querySelector("[data-solvency-result]");
        if (output) { output.textContent = describe(result); }
      });
    });
  }

  function describe(result) {
    if (!result.valid) { return "Not valid (" + result.reason + "): " + result.detail; }
    var lines = ["Valid: customer " + result.customerId + " is included with"];
    result.balances.forEach(function (value, a) {
      var code = result.assets.length > 0 ? result.assets[a] : "asset " + (a + 1);
      lines.push("  " + code + ": " + value + " (total of all customers: " + result.rootSums[a] + ")");
    });
    return lines.join("\n");
  }

  var api = { verifySolvencyProof: verifySolvencyProof, sha256: sha256 };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
  } else {
    global.SovereignSolvency = api;
    global.verifySolvencyProof = verifySolvencyProof;
  }
  if (typeof document !== "undefined") {
    document.addEventListener("DOMContentLoaded", function () { wireForms(document); });
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
