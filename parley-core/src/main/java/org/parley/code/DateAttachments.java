package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Undoes one frequent misparse before the coder reads a sentence: a date that modifies a verb
 * swallowing the phrases that follow it. In "lifted embargoes in late February to Iran, Libya and
 * Sudan" the parser hangs "to Iran" on "February" and makes Libya and Sudan conjuncts of the date; in
 * "rejected Thursday a UN appeal" it makes the object a loose dependent of "Thursday". A date names
 * no party and takes none, so:
 *
 * <ul>
 *   <li>a party phrase of the date ({@code nmod} with to, with, against, toward(s), into, between,
 *       among) becomes an oblique of the verb, and the date's conjuncts that are no dates become
 *       conjuncts of that phrase;</li>
 *   <li>a noun hung on the date as a bare {@code dep} becomes the verb's object when it has none.</li>
 * </ul>
 *
 * <p>A date is a token whose named-entity tag is DATE, attached to a verb by an {@code obl} relation
 * (including {@code obl:tmod}). Places under the date ("in March in Gaza") are left alone: the
 * place readers handle them. Pure function of the sentence; a sentence without such a date is
 * returned as it is.
 */
final class DateAttachments {
    private static final Set<String> PARTY_PREPS = Set.of(
            "to", "with", "against", "toward", "towards", "into", "between", "among");

    private DateAttachments() {
    }

    /** The sentence with the phrases its verb-modifying dates swallowed given back to the verbs. */
    static Sentence repaired(Sentence sentence) {
        List<Arc> arcs = new ArrayList<>(sentence.arcs());
        boolean changed = false;
        for (Arc date : sentence.arcs()) {
            if (isDateOfVerb(sentence, date)) {
                changed |= rehang(sentence, arcs, date.governor(), date.dependent());
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
