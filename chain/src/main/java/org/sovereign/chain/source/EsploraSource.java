package org.sovereign.chain.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Hex;
import org.sovereign.base.Txid;

/**
 * An Esplora REST server (the API of mempool.space and blockstream.info), for deployments without
 * their own node. Raw blocks are fetched as bytes and checked against the requested hash by the
 * indexer, so a dishonest server can withhold data but not forge it.
 */
public final class EsploraSource implements ChainSource {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final String base;
  private final HttpClient http;
  private final Duration timeout;

  public EsploraSource(URI base, Duration timeout) {
    String text = base.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public int tipHeight() {
    return Integer.parseInt(
        text("/blocks/tip/height").orElseThrow(() -> missing("/blocks/tip/height")).strip());
  }

  @Override
  public Optional<BlockHash> blockHash(int height) {
    return text("/block-height/" + height).map(h -> BlockHash.parse(h.strip()));
  }

  @Override
  public Optional<byte[]> rawBlock(BlockHash hash) {
    return bytes("/block/" + hash + "/raw");
  }

  @Override
  public Optional<byte[]> rawTransaction(Txid txid) {
    return bytes("/tx/" + txid + "/raw");
  }

  @Override
  public Txid broadcast(byte[] rawTransaction) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + "/tx"))
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(Hex.encode(rawTransaction)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new ChainSourceException(
          "esplora refused the transaction (HTTP "
              + response.statusCode()
              + "): "
              + response.body().strip());
    }
    return Txid.parse(response.body().strip());
  }

  /** Esplora answers sat/vB as decimals per target; rounded up to whole sat/vB. */
  @Override
  public OptionalLong feeRateSatPerVbyte(int targetBlocks) {
    Optional<String> body = text("/fee-estimates");
    if (body.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      JsonNode estimates = JSON.readTree(body.get());
      BigDecimal best = null;
      int bestTarget = Integer.MAX_VALUE;
      for (var entry : estimates.properties()) {
        int target = Integer.parseInt(entry.getKey());
        if (target >= targetBlocks && target < bestTarget) {
          bestTarget = target;
          best = entry.getValue().decimalValue();
        }
      }
      return best == null
          ? OptionalLong.empty()
          : OptionalLong.of(best.setScale(0, RoundingMode.CEILING).longValueExact());
    } catch (IOException | NumberFormatException e) {
      throw new ChainSourceException(
          "esplora /fee-estimates is not the documented JSON: " + e.getMessage(), e);
    }
  }

  private Optional<String> text(String path) {
    return get(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private Optional<byte[]> bytes(String path) {
    return get(path, HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> Optional<T> get(String path, HttpResponse.BodyHandler<T> handler) {
    HttpResponse<T> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).GET().build(),
            handler);
    if (response.statusCode() == 404 || response.statusCode() == 400) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new ChainSourceException("esplora " + path + " answered HTTP " + response.statusCode());
    }
    return Optional.of(response.body());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new ChainSourceException(
          "esplora " + request.uri().getPath() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChainSourceException("interrupted", e);
    }
  }

  private ChainSourceException missing(String path) {
    return new ChainSourceException("esplora " + path + " is not available at " + base);
  }
}
