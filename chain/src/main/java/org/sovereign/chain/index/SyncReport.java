package org.sovereign.chain.index;

/** What one sync did: blocks connected and disconnected (reorgs), and the new indexed height. */
public record SyncReport(int connected, int disconnected, int height, long bytesScanned) {}
