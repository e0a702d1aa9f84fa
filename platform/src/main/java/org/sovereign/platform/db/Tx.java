package org.sovereign.platform.db;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs work in one database transaction: everything it writes, including its audit entries, is
 * committed together or not at all.
 */
public final class Tx {
  private final Jdbi jdbi;

  public Tx(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public <T> T inTransaction(TxWork<T> work) {
    return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work::run);
  }

  public void useTransaction(TxAction action) {
    jdbi.useTransaction(TransactionIsolationLevel.READ_COMMITTED, action::run);
  }

  public <T> T read(TxWork<T> work) {
    return jdbi.withHandle(work::run);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** Work that returns a value. */
  @FunctionalInterface
  public interface TxWork<T> {
    T run(Handle handle);
  }

  /** Work that returns nothing. */
  @FunctionalInterface
  public interface TxAction {
    void run(Handle handle);
  }
}
