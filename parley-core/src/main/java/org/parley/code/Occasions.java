package org.parley.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;

/**
 * The party of an event that is about another event, named by where that other event takes or took
 * place. Attending an occasion abroad (042) is a visit to its host: "attend the Tokyo Olympics" is a
 * visit to Japan, "attend a summit in Rome" to Italy. Sympathy for a disaster (018) and a claim of
 * responsibility for an attack (015) address the country it struck: "expressed condolences for the
 * bombing in Paris" is toward France, "claimed responsibility for an attack at a mall in Nairobi"
 * toward Kenya.
 *
 * <p>The occasion is the object a visit's trigger consumed ("attend the Olympics") or the noun of a
 * "for"/"over" phrase of the statement's trigger or of its object ("sorrow for the shootings"). A place
 * names it when it is a modifier of the occasion's name ("the Tokyo Olympics") or reaches the occasion
 * through locative prepositions ("the shootings in Charleston"), crossing only the place's own phrase
 * ("Kenya's capital", "the city of Paris") and participles ("an attack targeting tourists at a
 * mall"). A topic is no host: "a summit on the unrest in Iran" names no place of the summit. A visit is
 * paid abroad, so a place in the source's own country is not its host. Used only when the event has
 * no target actor. Targets look like {@link PlaceTargets}': the bare country code with the place
 * name's words and span. Stateless; safe to share.
 */
final class Occasions {
    private static final Set<String> ABOUT = Set.of("nmod:for", "obl:for", "nmod:over", "obl:over");
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "inside", "outside", "throughout", "across");
    /** Relations inside a place's own noun phrase: "South Carolina", "Kenya's capital", "the city of Paris". */
    private static final Set<String> WITHIN_NAME = Set.of("flat", "appos", "nmod:poss", "nmod:of", "compound");
    private static final int MAX_STEPS = 6;

    private Occasions() {
    }

    /** Whether events of this code are about an occasion whose place names their party: 015, 018, 042. */
    static boolean applies(String code) {
        return code.equals("015") || code.equals("018") || code.equals("042");
    }

    /** One country actor per distinct country of the places naming the event's occasion, in sentence order. */
    static List<Actor> of(DependencyGraph graph, TriggerMatch m, String code, List<Actor> sources,
                          List<PlaceReader.Found> places, String text) {
        Set<Integer> occasions = occasions(graph, m, code);
        List<Actor> out = new ArrayList<>(1);
        Set<String> countries = new HashSet<>();
        boolean abroadOnly = code.equals("042");
        for (PlaceReader.Found f : places) {
            String country = f.place().country();
            if (country == null || abroadOnly && sources.stream().anyMatch(a -> country.equals(a.country()))
                    || !names(graph, f.token(), occasions) || !countries.add(country)) {
                continue;
            }
            out.add(new Actor(f.span().of(text), country, country, null, f.span()));
        }
        return out;
    }

    private static Set<Integer> occasions(DependencyGraph graph, TriggerMatch m, String code) {
        Set<Integer> occasions = new HashSet<>();
        if (code.equals("042")) {
            occasions.add(m.object());
            if (m.isNoun()) {
                occasions.add(m.token());
            }
        } else {
            for (int anchor : new int[] {m.token(), m.object(), m.clauseHead()}) {
                if (anchor >= 0) {
                    occasions.addAll(graph.dependents(anchor, ABOUT));
                }
            }
        }
        occasions.remove(-1);
        return occasions;
    }

    /**
     * Whether the place at {@code token} names an occasion: it modifies the occasion's name directly,
     * or its way up passes through its own phrase, locative prepositions (at least one) and participles.
     */
    private static boolean names(DependencyGraph graph, int token, Set<Integer> occasions) {
        int t = token;
        boolean locative = false;
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            Arc arc = graph.head(t);
            if (arc == null || arc.governor() < 0) {
                return false;
            }
            String base = arc.baseRelation();
            boolean isLocative = (base.equals("obl") || base.equals("nmod")) && LOCATIVES.contains(arc.subtype());
            boolean modifier = !locative && arc.relation().equals("compound"); // "the Tokyo Olympics"
            if (occasions.contains(arc.governor())) {
                // The last step is the place phrase's own: "a summit on the unrest in Iran" is about Iran, not in it.
                return isLocative || modifier || locative && base.equals("acl");
            }
            boolean passable = isLocative || WITHIN_NAME.contains(arc.relation())
                    || locative && base.equals("acl"); // "an attack targeting tourists at a mall"
            if (!passable) {
                return false;
            }
            locative |= isLocative;
            t = arc.governor();
        }
        return false;
    }
}
