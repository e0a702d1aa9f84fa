package org.sovereign.chain.index;

/** Derives the output script at a child index of a ranged descriptor. */
@FunctionalInterface
public interface ScriptDeriver {
  byte[] scriptAt(String descriptor, int index);
}
