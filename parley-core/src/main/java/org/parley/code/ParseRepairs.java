package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Undoes five frequent misparses before the coder reads a sentence, each of a construction the
 * parser gets wrong in news prose:
 *
 * <ul>
 *   <li>A date that modifies a verb swallowing the phrases that follow it. In "lifted embargoes in late
 *       February to Iran, Libya and Sudan" the parser hangs "to Iran" on "February" and makes Libya and
 *       Sudan conjuncts of the date; in "rejected Thursday a UN appeal" it makes the object a loose
 *       dependent of "Thursday". A date names no party and takes none, so a party phrase of the date
 *       ({@code nmod} with to, with, against, toward(s), into, between, among) becomes an oblique of the
 *       verb, the date's conjuncts that are no dates become conjuncts of that phrase, and a noun hung
 *       on the date as a bare {@code dep} becomes the verb's object when it has none. A date is a token
 *       tagged DATE attached to a verb by an {@code obl} relation (including {@code obl:tmod}); places
 *       under it ("in March in Gaza") are left to the place readers.</li>
 *   <li>An object shifted past a predicative "as" phrase: in "denounced as an ugly crime X's
 *       suppression of Y" the parser hangs the object on "crime" as a bare {@code dep}. It becomes the
 *       verb's object when the verb has none.</li>
 *   <li>A phrase hung on a relative clause it precedes: in "a mediation effort between X and Y whose
 *       ties have been strained" the parser makes "between X and Y" an oblique of "strained". Nothing
 *       before the relative word belongs to its clause, so such an oblique becomes a modifier
 *       ({@code nmod}) of the noun the clause describes.</li>
 *   <li>An inverted reporting clause: in "..., said spokesman John Doe" the parser often reads the
 *       speaker as the object of the verb before the comma. A noun right after a form of "say" that
 *       has no subject, taken as the object of an earlier verb, becomes the subject of "say".</li>
 *   <li>A reduced relative clause read as a clausal subject ("The civilians imprisoned ... were
 *       released"): see {@link ReducedRelatives}.</li>
 * </ul>
 *
 * <p>Pure function of the sentence; a sentence none of these apply to is returned as it is.
 */
final class ParseRepairs {
    private static final Set<String> PARTY_PREPS = Set.of(
            "to", "with", "against", "toward", "towards", "into", "between", "among");

    private ParseRepairs() {
    }

    /** The sentence with the misattached phrases given back to the words they belong to. */
    static Sentence repaired(Sentence sentence) {
        List<Arc> arcs = new ArrayList<>(sentence.arcs());
        boolean changed = false;
        for (Arc arc : sentence.arcs()) {
            if (isDateOfVerb(sentence, arc)) {
                changed |= rehang(sentence, arcs, arc.governor(), arc.dependent());
            } else if (arc.relation().equals("obl:as") && isVerb(sentence, arc.governor())) {
                changed |= unshift(sentence, arcs, arc.governor(), arc.dependent());
            } else if (arc.relation().equals("acl:relcl") && arc.governor() >= 0) {
                changed |= lowerPrecedingObliques(sentence, arcs, arc.governor(), arc.dependent());
            } else if (arc.relation().equals("csubj") || arc.relation().equals("csubj:pass")) {
                changed |= ReducedRelatives.repair(sentence, arcs, arc); // "The civilians imprisoned ... were released"
            }
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.token(i).lemma().equalsIgnoreCase("say") && sentence.token(i).isVerb()) {
                changed |= invertSpeaker(sentence, arcs, i);
            }
        }
        if (!changed) {
            return sentence;
        }
        return new Sentence(sentence.index(), sentence.span(), sentence.tokens(), arcs, sentence.entities(),
                sentence.times());
    }

    private static boolean isDateOfVerb(Sentence s, Arc arc) {
        int verb = arc.governor();
        int date = arc.dependent();
        return arc.baseRelation().equals("obl") && verb >= 0 && verb < s.size() && date >= 0 && date < s.size()
                && s.token(verb).isVerb() && isDate(s.token(date));
    }

    private static boolean isVerb(Sentence s, int i) {
        return i >= 0 && i < s.size() && s.token(i).isVerb();
    }

    /** "denounced as an ugly crime X's suppression": the noun after the "as" phrase is the object. */
    private static boolean unshift(Sentence s, List<Arc> arcs, int verb, int as) {
        if (hasObject(arcs, verb)) {
            return false;
        }
        for (Arc arc : s.dependents(as)) {
            int d = arc.dependent();
            if (arc.relation().equals("dep") && d > as && s.token(d).pos().startsWith("NN")) {
                replace(arcs, arc, new Arc(verb, "obj", d));
                return true;
            }
        }
        return false;
    }

    /** "an effort between X and Y whose ties ...": obliques of the clause before its relative word are the noun's. */
    private static boolean lowerPrecedingObliques(Sentence s, List<Arc> arcs, int noun, int clause) {
        int relative = -1;
        for (Arc arc : s.dependents(noun)) {
            if (arc.relation().equals("ref") && arc.dependent() > noun) {
                relative = relative < 0 ? arc.dependent() : Math.min(relative, arc.dependent());
            }
        }
        if (relative < 0) {
            return false;
        }
        boolean moved = false;
        for (Arc arc : s.dependents(clause)) {
            int d = arc.dependent();
            if (arc.baseRelation().equals("obl") && d > noun && d < relative && !arc.subtype().isEmpty()) {
                replace(arcs, arc, new Arc(noun, "nmod:" + arc.subtype(), d));
                moved = true;
            }
        }
        return moved;
    }

    /** "..., said spokesman X": the noun after a subjectless "said", read as an earlier verb's object, speaks. */
    private static boolean invertSpeaker(Sentence s, List<Arc> arcs, int say) {
        boolean hasSubject = arcs.stream().anyMatch(a -> a.governor() == say && a.baseRelation().startsWith("nsubj"));
        if (hasSubject) {
            return false;
        }
        for (Arc arc : List.copyOf(arcs)) {
            int noun = arc.dependent();
            if (arc.relation().equals("obj") && arc.governor() >= 0 && arc.governor() < say && noun > say
                    && s.token(noun).pos().startsWith("NN") && onlyModifiersBetween(s, arcs, say, noun)) {
                replace(arcs, arc, new Arc(say, "nsubj", noun));
                return true;
            }
        }
        return false;
    }

    /** Whether every token between the verb and the noun modifies the noun ("said the new spokesman"). */
    private static boolean onlyModifiersBetween(Sentence s, List<Arc> arcs, int say, int noun) {
        for (int i = say + 1; i < noun; i++) {
            int between = i;
            if (arcs.stream().noneMatch(a -> a.dependent() == between && a.governor() == noun)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDate(Token t) {
        return "DATE".equals(t.ner());
    }

    /** Moves the date's party phrases and loose object to the verb; true when anything moved. */
    private static boolean rehang(Sentence s, List<Arc> arcs, int verb, int date) {
        List<Arc> under = s.dependents(date);
        int party = -1;
        boolean moved = false;
        for (Arc arc : under) {
            int d = arc.dependent();
            if (arc.baseRelation().equals("nmod") && PARTY_PREPS.contains(arc.subtype()) && !isDate(s.token(d))) {
                replace(arcs, arc, new Arc(verb, "obl:" + arc.subtype(), d));
                party = party < 0 ? d : party;
                moved = true;
            } else if (arc.relation().equals("dep") && s.token(d).pos().startsWith("NN") && !isDate(s.token(d))
                    && !hasObject(arcs, verb)) {
                replace(arcs, arc, new Arc(verb, "obj", d));
                moved = true;
            }
        }
        if (party >= 0) {
            for (Arc arc : under) {
                // "to Iran, Libya and Sudan" parsed as "February, Libya and Sudan": the list is the party's.
                if (arc.baseRelation().equals("conj") && !isDate(s.token(arc.dependent())) && arc.dependent() > party) {
                    replace(arcs, arc, new Arc(party, arc.relation(), arc.dependent()));
                }
            }
        }
        return moved;
    }

    private static boolean hasObject(List<Arc> arcs, int verb) {
        return arcs.stream().anyMatch(a -> a.governor() == verb && a.relation().equals("obj"));
    }

    private static void replace(List<Arc> arcs, Arc old, Arc now) {
        int i = arcs.indexOf(old);
        if (i >= 0) {
            arcs.set(i, now);
        }
    }
}
