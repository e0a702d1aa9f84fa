package org.sovereign.supervision.defi.rpc;

/** A JSON-RPC call that failed: the node's error (code and message) or the transport's. */
public final class EvmRpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  public EvmRpcException(int code, String message) {
    super(message);
    this.code = code;
  }

  public EvmRpcException(String message, Throwable cause) {
    super(message, cause);
    this.code = 0;
  }

  /** The JSON-RPC error code, or 0 when the call failed before the node answered. */
  public int code() {
    return code;
  }
}
