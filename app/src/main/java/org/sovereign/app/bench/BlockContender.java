package org.sovereign.app.bench;

/**
 * Something that processes a raw block for the scan benchmark. Extra contenders (e.g. bitcoinj, a
 * benchmark-only dependency) are found with {@link java.util.ServiceLoader} when the bench module's
 * jar is on the class path.
 */
public interface BlockContender {
  String name();

  /**
   * Processes one block and returns a value that depends on the work (so it is not optimised away).
   */
  long process(byte[] block);
}
