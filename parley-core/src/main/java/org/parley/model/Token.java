package org.parley.model;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the surface form
 * @param lemma the lemma, lower-cased for common words
 * @param pos   the Penn Treebank part-of-speech tag ("NNP", "VBD")
 * @param ner   the coarse named-entity tag ("PERSON", "LOCATION", "ORGANIZATION", "MISC", "DATE",
 *              ...), or "O"
 * @param span  character offsets into the document text
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
