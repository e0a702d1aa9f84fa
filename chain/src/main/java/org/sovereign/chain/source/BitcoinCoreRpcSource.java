package org.sovereign.chain.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Hex;
import org.sovereign.base.Txid;

/**
 * Bitcoin Core over JSON-RPC. Transport failures (connection refused, timeouts, HTTP 5xx without an
 * RPC error, Core's "warming up" -28) are retried with backoff; an RPC error is an answer and is
 * reported at once with Core's code and message.
 */
public final class BitcoinCoreRpcSource implements ChainSource {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final int RPC_IN_WARMUP = -28;
  private static final int RPC_INVALID_ADDRESS_OR_KEY = -5;
  private static final int RPC_INVALID_PARAMETER = -8;

  private final URI endpoint;
  private final RpcCredentials credentials;
  private final HttpClient http;
  private final Duration timeout;
  private final int attempts;
  private final Duration backoff;
  private final AtomicLong ids = new AtomicLong();

  public BitcoinCoreRpcSource(
      URI endpoint, RpcCredentials credentials, Duration timeout, int attempts, Duration backoff) {
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.timeout = timeout;
    this.attempts = Math.max(1, attempts);
    this.backoff = backoff;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public BitcoinCoreRpcSource(URI endpoint, RpcCredentials credentials) {
    this(endpoint, credentials, Duration.ofSeconds(30), 5, Duration.ofMillis(500));
  }

  @Override
  public int tipHeight() {
    return call("getblockcount").asInt();
  }

  @Override
  public Optional<BlockHash> blockHash(int height) {
    try {
      return Optional.of(BlockHash.parse(call("getblockhash", height).asText()));
    } catch (RpcError e) {
      if (e.code == RPC_INVALID_PARAMETER) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Optional<byte[]> rawBlock(BlockHash hash) {
    try {
      return Optional.of(Hex.decode(call("getblock", hash.toString(), 0).asText()));
    } catch (RpcError e) {
      if (e.code == RPC_INVALID_ADDRESS_OR_KEY) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Optional<byte[]> rawTransaction(Txid txid) {
    try {
      return Optional.of(Hex.decode(call("getrawtransaction", txid.toString(), false).asText()));
    } catch (RpcError e) {
      if (e.code == RPC_INVALID_ADDRESS_OR_KEY) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Txid broadcast(byte[] rawTransaction) {
    return Txid.parse(call("sendrawtransaction", Hex.encode(rawTransaction)).asText());
  }

  /** Core answers BTC per kvB; this returns whole sat per vB, rounded up so the target is met. */
  @Override
  public OptionalLong feeRateSatPerVbyte(int targetBlocks) {
    JsonNode result = call("estimatesmartfee", targetBlocks);
    JsonNode feeRate = result.get("feerate");
    if (feeRate == null || feeRate.isNull()) {
      return OptionalLong.empty();
    }
    BigDecimal satPerVbyte =
        feeRate
            .decimalValue()
            .movePointRight(8)
            .divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING);
    return OptionalLong.of(satPerVbyte.longValueExact());
  }

  /** A JSON-RPC call; retries transport failures, throws {@link RpcError} for Core's errors. */
  public JsonNode call(String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "1.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.addPOJO(param);
    }
    ChainSourceException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        return once(method, request.toString());
      } catch (Retryable e) {
        last =
            new ChainSourceException(
                "bitcoin core "
                    + method
                    + " failed after "
                    + attempt
                    + " attempt(s): "
                    + e.getMessage(),
                e);
        sleep(backoff.multipliedBy(1L << Math.min(attempt - 1, 6)));
      }
    }
    throw last;
  }

  private JsonNode once(String method, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Authorization", credentials.authorizationHeader())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new Retryable("timed out after " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      throw new Retryable(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChainSourceException("interrupted during " + method, e);
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new ChainSourceException(
          "bitcoin core refused the RPC credentials (HTTP " + response.statusCode() + ")");
    }
    JsonNode reply;
    try {
      reply = JSON.readTree(response.body());
    } catch (IOException e) {
      if (response.statusCode() >= 500) {
        throw new Retryable("HTTP " + response.statusCode());
      }
      throw new ChainSourceException(
          "bitcoin core " + method + ": unreadable reply (HTTP " + response.statusCode() + ")", e);
    }
    JsonNode error = reply == null ? null : reply.get("error");
    if (error != null && !error.isNull()) {
      int code = error.path("code").asInt();
      if (code == RPC_IN_WARMUP) {
        throw new Retryable("node is warming up: " + error.path("message").asText());
      }
      throw new RpcError(method, code, error.path("message").asText());
    }
    if (response.statusCode() >= 500 || reply == null || !reply.has("result")) {
      throw new Retryable("HTTP " + response.statusCode() + " without a result");
    }
    return reply.get("result");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChainSourceException("interrupted while retrying", e);
    }
  }

  /** Bitcoin Core answered with an error object. */
  public static final class RpcError extends ChainSourceException {
    private static final long serialVersionUID = 1L;
    private final int code;

    RpcError(String method, int code, String message) {
      super("bitcoin core " + method + " error " + code + ": " + message);
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  private static final class Retryable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Retryable(String message) {
      super(message);
    }
  }
}
