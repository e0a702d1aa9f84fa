package org.sovereign.supervision.register;

/** A proposed transition (also the API body); conditions go with a license. */
public record TransitionRequest(String to, String reason, String conditions, String effective_on) {}
