package org.sovereign.supervision.reserves;

import java.util.List;

/** Body of a reserve declaration: the period and each address with its BIP-322 signature. */
public record DeclarationRequest(String period, List<Declaration.DeclaredAddress> addresses) {}
