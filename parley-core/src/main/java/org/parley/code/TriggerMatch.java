package org.parley.code;

import org.parley.model.Span;

/**
 * A word of a sentence that expresses an event, with the lexicon entry that codes it.
 *
 * @param token       the trigger's token index (the verb, or the event noun)
 * @param entry       the lexicon entry that matched
 * @param object      the direct object the entry consumed ("talks" of "held talks"), or -1
 * @param supportVerb the verb that carries an event noun ("held" of "held talks"), or -1
 * @param span        the trigger's characters, from the first to the last word that express it
 * @param confidence  how sure the match is: exact lexicon entries high, WordNet back-off low
 * @param fromSynonym whether the lexicon matched a WordNet neighbour of the word, not the word
 */
record TriggerMatch(int token, LexiconEntry entry, int object, int supportVerb, Span span, double confidence,
                    boolean fromSynonym) {

    boolean isNoun() {
        return entry.noun();
    }

    /** The verb whose clause carries the event: the trigger itself, or the support verb of a noun. */
    int clauseHead() {
        return supportVerb >= 0 ? supportVerb : token;
    }
}
