package org.parley.model;

/**
 * Who claims that an event happened ("according to Israeli officials", "Haaretz reported").
 *
 * @param text the words as written
 * @param code the claimant's CAMEO actor code, or {@code null} when it has none
 */
public record Attribution(String text, String code) {
}
