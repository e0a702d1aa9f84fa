package org.sovereign.supervision.screening;

/**
 * A listed party whose name matched: its list id, the listed name that matched best, the score in
 * [0, 1] (name similarity adjusted by date of birth and country) and why, in words.
 */
public record NameHit(String listId, String matchedName, double score, String why) {}
