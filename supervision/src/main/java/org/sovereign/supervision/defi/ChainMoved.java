package org.sovereign.supervision.defi;

/** The node's chain changed under a fetch (a log's or parent's hash no longer matches). */
final class ChainMoved extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ChainMoved(String message) {
    super(message, null, false, false);
  }
}
