package org.sovereign.supervision.solvency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.base.Hex;

/**
 * The browser verifier (web/assets/solvency-verify.js) run by node on valid and broken proofs must
 * reach the same verdict, reason and detail as {@link ProofVerifier}.
 */
class JsVerifierTest {
  private static final Path NODE = Path.of("/usr/bin/node");

  record Case(String root, String proofText) {}

  @Test
  void javascriptVerifier_shouldAgreeWithTheJavaVerifier(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(NODE),
        "node is not installed at /usr/bin/node: the JavaScript verifier was not cross-checked");
    List<Case> cases = cases();
    List<String> jsResults = runNode(dir, cases);
    assertThat(jsResults).hasSize(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      String java = javaLine(ProofVerifier.verify(c.proofText(), c.root()));
      String js = jsResults.get(i);
      if (java.contains("BAD_ENVELOPE") && js.contains("BAD_ENVELOPE")) {
        // JSON syntax errors are worded by each language's parser; compare all but the detail.
        java = java.substring(0, java.lastIndexOf('\t'));
        js = js.substring(0, js.lastIndexOf('\t'));
      }
      assertThat(js).as("case %d: %s", i, c.proofText()).isEqualTo(java);
    }
  }

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    Snapshots.Built three = Snapshots.random(300, 3, 31, 2);
    Snapshots.Built deep = Snapshots.random(9000, 1, 32, 2);
    String root = three.root().hashHex();
    for (int customer : new int[] {0, 1, 2, 3, 4, 150, 299}) {
      InclusionProof proof = three.prove(customer);
      cases.add(new Case(root, proof.toEnvelope(three.root().assets())));
      cases.add(new Case(root.toUpperCase(), " " + proof.toBase64() + "\n"));
    }
    cases.add(new Case(deep.root().hashHex(), deep.prove(8999).toBase64()));
    cases.add(new Case(deep.root().hashHex(), deep.prove(4097).toEnvelope(List.of("BTC"))));
    byte[] bytes = three.prove(150).toBytes();
    for (int i = 0; i < bytes.length; i++) {
      for (int mask : new int[] {0x01, 0x80}) {
        byte[] tampered = bytes.clone();
        tampered[i] ^= (byte) mask;
        cases.add(new Case(root, Base64.getEncoder().encodeToString(tampered)));
      }
    }
    for (int length : new int[] {0, 3, 4, 15, 16, 100, bytes.length - 1, bytes.length + 1}) {
      cases.add(new Case(root, Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, length))));
    }
    ProofLayout layout = ProofLayout.of(bytes);
    byte[] overflow = layout.withSiblingSum(layout.withBalance(bytes, 2, 1), 0, 2, Long.MAX_VALUE);
    cases.add(new Case(root, Base64.getEncoder().encodeToString(overflow)));
    cases.add(new Case("00".repeat(32), Base64.getEncoder().encodeToString(bytes)));
    cases.add(new Case(root.substring(1), Base64.getEncoder().encodeToString(bytes)));
    cases.add(new Case("x" + root.substring(1), Base64.getEncoder().encodeToString(bytes)));
    cases.add(new Case(root, "SSP1!!"));
    cases.add(new Case(root, "A".repeat(70_000)));
    cases.add(new Case(root, "AAAA".repeat(16_000) + "\n"));
    cases.add(
        new Case(
            root,
            "{\"format\":\"sovereign-solvency-proof/1\",\"assets\":[\"BTC\"],"
                + "\"proof\":\""
                + Base64.getEncoder().encodeToString(bytes)
                + "\"}"));
    cases.add(new Case(root, "{\"format\":\"sovereign-solvency-proof/1\",\"assets\":[]}"));
    cases.add(new Case(root, "{\"format\":\"other\",\"assets\":[],\"proof\":\"\"}"));
    cases.add(new Case(root, "{\"format\":"));
    return cases;
  }

  private static List<String> runNode(Path dir, List<Case> cases)
      throws IOException, InterruptedException {
    Path verifier = copyResource("web/assets/solvency-verify.js", dir.resolve("verifier.js"));
    Path harness = copyResource("solvency/verify-harness.js", dir.resolve("harness.js"));
    Path input = dir.resolve("cases.txt");
    Files.writeString(
        input,
        cases.stream()
            .map(c -> c.root() + "\t" + Base64.getEncoder().encodeToString(utf8(c.proofText())))
            .collect(Collectors.joining("\n", "", "\n")));
    Process node =
        new ProcessBuilder(
                NODE.toString(), harness.toString(), verifier.toString(), input.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(node.exitValue()).as("node exit code").isZero();
    return output.lines().toList();
  }

  private static String javaLine(Verification result) {
    return switch (result) {
      case Verification.Valid v ->
          String.join(
              "\t",
              "true",
              "",
              Hex.encode(utf8(v.customerId())),
              Long.toString(v.leafIndex()),
              list(v.balances()),
              String.join(",", v.assets()),
              list(v.rootSums()),
              "");
      case Verification.Invalid i ->
          String.join("\t", "false", i.reason().name(), "", "", "", "", "", i.detail());
    };
  }

  private static String list(Amounts amounts) {
    return Arrays.stream(amounts.toArray())
        .mapToObj(Long::toString)
        .collect(Collectors.joining(","));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Path copyResource(String name, Path target) throws IOException {
    try (InputStream in = JsVerifierTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("resource " + name).isNotNull();
      Files.copy(in, target);
    }
    return target;
  }
}
