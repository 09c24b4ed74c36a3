package org.parley.model;

/**
 * A named entity found by the annotator, over tokens {@code [startToken, endToken)} of one sentence.
 *
 * @param type coarse type: PERSON, LOCATION, ORGANIZATION, MISC
 */
public record EntityMention(int startToken, int endToken, String type, String text, Span span) {
}
