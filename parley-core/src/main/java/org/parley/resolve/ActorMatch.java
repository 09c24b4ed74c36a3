package org.parley.resolve;

/**
 * A dictionary phrase found at a position of a word list.
 *
 * @param length how many words of the text it covers, counting a leading "the"
 * @param entry  the entry found
 */
public record ActorMatch(int length, ActorEntry entry) {
}
