package org.parley.model;

/**
 * A time expression found by the annotator, over tokens {@code [startToken, endToken)} of one
 * sentence.
 *
 * @param value the TIMEX3 value as the annotator normalised it against the publication date
 *              ("2017-07", "2017-W31", "PAST_REF", "XXXX-07-04"), or {@code null}
 */
public record TimeExpression(int startToken, int endToken, String text, String value, Span span) {
}
