package org.parley.model;

/**
 * An actor as it appears in an event: the words of the text and the CAMEO actor code they
 * resolve to.
 *
 * @param text    the words as written ("Russian diplomats")
 * @param code    the full CAMEO actor code ("RUSGOV"), or {@code null} when unresolved
 * @param country the ISO 3166 alpha-3 country or the international group code ("RUS", "NATO"),
 *                or {@code null}
 * @param sector  the sector code ("GOV", "MIL"), or {@code null}
 * @param span    where the words are in the document
 */
public record Actor(String text, String code, String country, String sector, Span span) {
}
