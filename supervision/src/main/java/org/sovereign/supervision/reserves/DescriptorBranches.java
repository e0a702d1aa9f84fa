package org.sovereign.supervision.reserves;

import java.util.ArrayList;
import java.util.List;
import org.sovereign.base.Network;
import org.sovereign.chain.descriptor.Descriptor;

/** A declared descriptor's single-path branches (receive and change) and its first address. */
public final class DescriptorBranches {
  /** Addresses watched beyond the last used one on each branch. */
  public static final int GAP = 100;

  private DescriptorBranches() {}

  /** The descriptor's branches as text; a descriptor without multipath is its own branch. */
  public static List<String> of(String descriptor, Network network) {
    Descriptor parsed = Descriptor.parse(descriptor, network);
    List<String> branches = new ArrayList<>();
    if (parsed.isMultipath()) {
      parsed.expandMultipath().forEach(d -> branches.add(d.toString()));
    } else {
      branches.add(parsed.toString());
    }
    return branches;
  }

  /** The address at index 0 of the first branch: the one that signs the challenge. */
  static String firstAddress(String descriptor, Network network) {
    Descriptor parsed = Descriptor.parse(descriptor, network);
    Descriptor first = parsed.isMultipath() ? parsed.expandMultipath().getFirst() : parsed;
    return first.address(0, network);
  }
}
