package org.sovereign.supervision.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sovereign.base.Hex;

/**
 * Which list files a {@link SanctionsLists} was loaded from. Two versions are equal when their
 * files have the same roles and bytes, wherever and whenever they were loaded: compare {@link
 * #fingerprint()} (64 hex digits, cheap to store) to decide whether stored parties need screening
 * again.
 */
public final class ListVersion {
  private final String fingerprint;
  private final List<ListFile> files;
  private final Map<String, Integer> counts;
  private final Instant loadedAt;

  /** One file read: its list, its role in the list ({@code sdn}, {@code alt}, an asset, ...). */
  public record ListFile(ListSource source, String role, String path, String sha256, long bytes) {
    public ListFile {
      Objects.requireNonNull(source, "source");
      if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("sha256 of " + path + " must be 64 hex digits");
      }
    }
  }

  public ListVersion(List<ListFile> files, Map<String, Integer> counts, Instant loadedAt) {
    this.files =
        files.stream()
            .sorted(Comparator.comparing((ListFile f) -> f.source()).thenComparing(ListFile::role))
            .toList();
    this.counts = Map.copyOf(counts);
    this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
    this.fingerprint = digest(this.files);
  }

  private static String digest(List<ListFile> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (ListFile file : files) {
        String line = file.source().label() + " " + file.role() + " " + file.sha256() + "\n";
        sha.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return Hex.encode(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** SHA-256 over each file's list, role and SHA-256: equal exactly when the content is. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Whether {@code other} was loaded from the same files (paths and load time do not count). */
  public boolean sameContentAs(ListVersion other) {
    return fingerprint.equals(other.fingerprint);
  }

  public List<ListFile> files() {
    return files;
  }

  /** Parties per list label ({@code OFAC-SDN}, {@code UN}, ...) and {@code addresses}. */
  public Map<String, Integer> counts() {
    return new TreeMap<>(counts);
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListVersion other && sameContentAs(other);
  }

  @Override
  public int hashCode() {
    return fingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "ListVersion " + fingerprint.substring(0, 16) + " " + counts();
  }
}
