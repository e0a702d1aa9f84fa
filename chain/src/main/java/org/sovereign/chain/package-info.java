/**
 * Bitcoin chain layer: primitives on bitcoin-kmp, the block scanner, chain sources and the indexer
 * (issue 3). Depends only on {@code base}; the pillars reach the chain through this module.
 */
package org.sovereign.chain;
