package org.parley.code;

import java.util.List;

/**
 * Lemmas that mean about the same as a given lemma, used to generalise the event lexicon to
 * words it does not list (WordNet in production, a map in tests).
 */
@FunctionalInterface
public interface SynonymSource {
    SynonymSource NONE = (lemma, verb) -> List.of();

    /**
     * @param lemma a lower-case lemma
     * @param verb  true for a verb, false for a noun
     * @return lemmas of the same part of speech in the word's most common senses, nearest first;
     *         never the lemma itself
     */
    List<String> synonyms(String lemma, boolean verb);
}
