package org.sovereign.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sovereign.chain.scan.BlockInspection;
import org.sovereign.platform.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sovereign chain ...}: Bitcoin tools that need no database. */
@Command(
    name = "chain",
    mixinStandardHelpOptions = true,
    description = "Bitcoin tools: inspect blocks, derive addresses, scan.",
    subcommands = {ChainCommand.InspectBlock.class, DeriveCommand.class, ScanCommand.class})
public final class ChainCommand {

  /** Prints one JSON object describing a raw block file. */
  @Command(
      name = "inspect-block",
      mixinStandardHelpOptions = true,
      description = "Print a raw block (no magic or length prefix) as one JSON object.")
  public static final class InspectBlock implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description = "Raw block bytes (the consensus serialization).")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      BlockInspection block = BlockInspection.of(Files.readAllBytes(file));
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("block_hash", block.blockHash());
      json.put("prev_block_hash", block.prevBlockHash());
      json.put("merkle_root", block.merkleRoot());
      json.put("merkle_ok", block.merkleOk());
      json.put("tx_count", block.txCount());
      json.put("total_output_value_sat", block.totalOutputValueSat());
      json.put("segwit_tx_count", block.segwitTxCount());
      json.put("txids", block.txids());
      spec.commandLine()
          .getOut()
          .println(
              Json.mapper()
                  .writer()
                  .without(
                      com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                  .writeValueAsString(json));
      return 0;
    }
  }
}
