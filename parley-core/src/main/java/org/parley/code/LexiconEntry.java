package org.parley.code;

import java.util.Objects;
import java.util.Set;

/**
 * One line of the event lexicon: a trigger lemma, the constraints under which it is an event, and
 * the CAMEO code it then carries. See {@code docs/LEXICON.md} for the file format.
 *
 * <p>Empty sets and a null particle mean "no constraint of that kind". Instances are immutable.
 *
 * @param code      a CAMEO event code with its leading zero ("043", "0871"), or {@code "-"} for a
 *                  blocking entry: the lemma is not an event in this sense
 * @param lemma     the trigger lemma, lower case, as CoreNLP lemmatises it
 * @param noun      true for a noun trigger ("talks", "airstrikes"), false for a verb
 * @param particle  the phrasal-verb particle the verb must have ("off" in "call off"), or null
 * @param objects   lemmas of which the verb's direct object must be one ("talk" in "hold talks")
 * @param preps     prepositions of which one must introduce an oblique of the trigger; the
 *                  target is taken from that oblique. Multiword prepositions joined with '_'
 * @param modifiers lemmas of which a compound or adjective modifier of a noun trigger (of a verb
 *                  trigger's object, for a verb entry with objects) must be one
 *                  ("hunger" in "hunger strike")
 * @param subjects  lemmas of which the verb's subject must be one, read through a noun that counts
 *                  or groups its "of" complement and through its compound or adjective modifiers
 *                  ("peacekeeper" in "a contingent of Pakistani peacekeepers arrived", "peacekeeping"
 *                  in "peacekeeping troops arrived")
 * @param subjectReceives true when the trigger's subject receives the act and the party of the
 *                  oblique in {@code preps} performs it ({@code src:from}: "received weapons
 *                  from X" is X giving arms); the coder swaps source and target
 * @param line      the 1-based line of the entry in its file, for messages and tie-breaking
 */
public record LexiconEntry(String code, String lemma, boolean noun, String particle,
        Set<String> objects, Set<String> preps, Set<String> modifiers, Set<String> subjects, boolean subjectReceives,
        int line) {

    /** An entry without a subject constraint, as most are. */
    public LexiconEntry(String code, String lemma, boolean noun, String particle, Set<String> objects,
                        Set<String> preps, Set<String> modifiers, boolean subjectReceives, int line) {
        this(code, lemma, noun, particle, objects, preps, modifiers, Set.of(), subjectReceives, line);
    }

    /** The code of a blocking entry. */
    public static final String BLOCK = "-";

    public LexiconEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lemma, "lemma");
        objects = Set.copyOf(objects);
        preps = Set.copyOf(preps);
        modifiers = Set.copyOf(modifiers);
        subjects = Set.copyOf(subjects);
        if (subjectReceives && preps.isEmpty()) {
            throw new IllegalArgumentException("an entry whose subject receives needs the preposition of its actor");
        }
    }

    /** True if this entry says "not an event in this sense": a match suppresses the lemma. */
    public boolean blocks() {
        return BLOCK.equals(code);
    }

    /**
     * The number of constraints of this entry (particle, object, preposition, modifier, subject). When
     * several entries of one lemma match, the most constrained one wins: "hold talks" beats
     * plain "hold".
     */
    public int specificity() {
        return (particle == null ? 0 : 1) + (objects.isEmpty() ? 0 : 1)
                + (preps.isEmpty() ? 0 : 1) + (modifiers.isEmpty() ? 0 : 1) + (subjects.isEmpty() ? 0 : 1);
    }

    /** The CAMEO root ("04" for "043"), or {@code "-"} for a blocking entry. */
    public String root() {
        return blocks() ? BLOCK : code.substring(0, 2);
    }

    /** True if both entries constrain the same trigger in the same way (same lemma, part of
     *  speech and constraints), whatever their codes: two such lines contradict each other. */
    boolean sameConditions(LexiconEntry other) {
        return lemma.equals(other.lemma) && noun == other.noun
                && Objects.equals(particle, other.particle) && objects.equals(other.objects)
                && preps.equals(other.preps) && modifiers.equals(other.modifiers) && subjects.equals(other.subjects)
                && subjectReceives == other.subjectReceives;
    }
}
