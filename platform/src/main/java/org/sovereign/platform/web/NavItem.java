package org.sovereign.platform.web;

/** A top-level console section: its label key, where it lives and who sees it. */
public record NavItem(String section, String labelKey, String href, Access access) {}
