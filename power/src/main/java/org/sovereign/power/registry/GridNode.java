package org.sovereign.power.registry;

/** A grid node and the most the sites behind it may import, in kW. */
public record GridNode(long id, String code, String name, long importLimitKw) {}
