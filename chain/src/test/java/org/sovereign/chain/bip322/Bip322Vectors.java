package org.sovereign.chain.bip322;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.sovereign.chain.Fixtures;

/** The BIP-322 test vector files in shared/fixtures, as named JUnit arguments. */
final class Bip322Vectors {
  static final String BASIC = "bitcoin/bips/bip322-basic-test-vectors.json";
  static final String GENERATED = "bitcoin/bips/bip322-generated-test-vectors.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Bip322Vectors() {}

  /** One signature of a vector that lists signatures, with the vector it belongs to. */
  record SignatureCase(JsonNode vector, String signature) {}

  static JsonNode read(String file) {
    try {
      return JSON.readTree(Fixtures.shared(file).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fileLabel(String file) {
    return file.equals(BASIC) ? "basic" : "generated";
  }

  static Stream<Arguments> entries(String file, String section) {
    List<Arguments> args = new ArrayList<>();
    int i = 0;
    for (JsonNode vector : read(file).path(section)) {
      i++;
      String label =
          fileLabel(file)
              + " "
              + section
              + " #"
              + i
              + ": "
              + (vector.has("description")
                  ? vector.get("description").asText()
                  : vector.path("type").asText(address(vector))
                      + " '"
                      + shortMessage(vector)
                      + "'");
      args.add(Arguments.of(Named.of(label, vector)));
    }
    return args.stream();
  }

  static Stream<Arguments> signatures(String file, String section) {
    List<Arguments> args = new ArrayList<>();
    int i = 0;
    for (JsonNode vector : read(file).path(section)) {
      i++;
      int j = 0;
      for (JsonNode signature : vector.path("bip322_signatures")) {
        j++;
        String label =
            fileLabel(file)
                + " "
                + section
                + " #"
                + i
                + "."
                + j
                + ": "
                + vector.get("type").asText()
                + " "
                + address(vector)
                + " '"
                + shortMessage(vector)
                + "'";
        args.add(Arguments.of(Named.of(label, new SignatureCase(vector, signature.asText()))));
      }
    }
    return args.stream();
  }

  private static String address(JsonNode vector) {
    return vector.get("address").asText();
  }

  private static String shortMessage(JsonNode vector) {
    String message = vector.get("message").asText();
    return message.length() > 30 ? message.substring(0, 30) + "…" : message;
  }
}
