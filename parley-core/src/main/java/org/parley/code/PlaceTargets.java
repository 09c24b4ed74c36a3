package org.parley.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;

/**
 * The country acted upon when an event that works on a territory or its people names no target
 * actor but says where it happened: "lifted a state of emergency in West Darfur" binds Sudan,
 * "evacuated the wounded from the town of Gorazde" Bosnia, "demonstrated in Serbia" Serbia.
 *
 * <p>Only events of force, protest, coercion, mobilisation, peacekeeping, humanitarian relief,
 * administrative measures, military withdrawal and visits abroad qualify; statements and meetings
 * do not, since for them a place is only the venue ("said in Paris", "met in Geneva"). The place must hang from
 * the trigger, its clause head or its object through a locative preposition ("in", "from", "near",
 * ...), or be the object or named in the object's own phrase ("shelled Aleppo", "bombarded part of
 * Aleppo"), so names in other clauses or inside the source's phrase are never used. The target is the
 * country's code with the place name's words and span, so such targets are recognisable: their
 * code is a bare country and their text a place name. Stateless; safe to share.
 */
final class PlaceTargets {
    private static final Set<String> LOCATIVES = Set.of(
            "in", "at", "from", "near", "inside", "outside", "across", "throughout", "around", "within", "into", "along", "out_of");
    /** Relations inside a place's own noun phrase: "the town of Gorazde", "West Darfur State". */
    private static final Set<String> WITHIN_NAME = Set.of("compound", "flat", "appos", "nmod:of", "conj");
    private static final int MAX_STEPS = 6;

    private PlaceTargets() {
    }

    /**
     * Whether an event of this CAMEO code acts on a territory or its population: protest, show of
     * force, coerce, assault, fight, mass violence (14, 15, 17–20), humanitarian relief and
     * peacekeeping (073, 074), easing administrative restrictions (081x), military de-escalation
     * (087x), and a visit (042), whose host is the country travelled to ("attended a summit in
     * Switzerland").
     */
    static boolean isTerritorial(String code) {
        String root = code.substring(0, 2);
        return switch (root) {
            case "14", "15", "17", "18", "19", "20" -> true;
            default -> code.startsWith("073") || code.startsWith("074") || code.startsWith("081") || code.startsWith("087")
                    || code.equals("042");
        };
    }

    /**
     * One country actor per distinct country of the places the event happened at, in sentence order;
     * empty when none is named in a locative phrase of the trigger, its clause head or its object.
     * Forces mobilised (15) at home are raised against someone else, and a visit (042) is paid
     * abroad, so for them only a place outside every source's country counts ("military exercises
     * in Alaska").
     */
    static List<Actor> of(DependencyGraph graph, TriggerMatch m, String code, List<Actor> sources,
                          List<PlaceReader.Found> places, String text) {
        // A visit is made to another country: a trip at home has no foreign host.
        boolean abroadOnly = code.startsWith("15") || code.equals("042");
        Set<Integer> anchors = anchors(graph, m);
        Set<Integer> objects = objects(graph, m);
        List<Actor> out = new ArrayList<>(1);
        Set<String> countries = new HashSet<>();
        for (PlaceReader.Found f : places) {
            String country = f.place().country();
            if (country == null || abroadOnly && sources.stream().anyMatch(a -> country.equals(a.country()))
                    || !locatedAt(graph, f.token(), anchors) && !actedOn(graph, f.token(), objects) || !countries.add(country)) {
                continue;
            }
            out.add(new Actor(f.span().of(text), country, country, null, f.span()));
        }
        return out;
    }

    /** Whether {@code target} is the country target this class made of the place {@code found}. */
    static boolean isPlaceOf(Actor target, PlaceReader.Found found) {
        return target.sector() == null && target.span().equals(found.span()) && target.code().equals(found.place().country());
    }

    /**
     * The trigger, its clause head, the later verbs coordinated with it, its objects (consumed or
     * not), their "of" nouns ("a state of
     * emergency") and the past participles that describe them ("the curfew imposed in Sudan").
     */
    private static Set<Integer> anchors(DependencyGraph graph, TriggerMatch m) {
        Set<Integer> anchors = new HashSet<>();
        anchors.add(m.token());
        anchors.add(m.clauseHead());
        if (m.object() >= 0) {
            anchors.add(m.object());
        }
        anchors.addAll(graph.dependents(m.token(), Set.of("obj", "nsubj:pass")));
        for (int conjunct : graph.dependents(m.token(), Set.of("conj:and"))) {
            if (conjunct > m.token() && graph.token(conjunct).isVerb()) {
                // "enhance freedoms and promote openness in Sudan": a trailing place ends the coordinated acts.
                anchors.add(conjunct);
            }
        }
        for (int a : List.copyOf(anchors)) {
            if (a >= 0) {
                anchors.addAll(graph.dependents(a, Set.of("nmod:of")));
            }
        }
        for (int a : List.copyOf(anchors)) {
            for (int participle : graph.dependents(a, Set.of("acl"))) {
                String pos = graph.token(participle).pos();
                if (a != m.clauseHead() && (pos.equals("VBN") || pos.equals("VBG"))) {
                    // "shortened the curfew imposed in Sudan", "blew up power lines leading into Kabul"
                    anchors.add(participle);
                }
            }
        }
        anchors.remove(-1);
        return anchors;
    }

    /** The objects of the trigger, consumed or not, and a passive trigger's subjects. */
    private static Set<Integer> objects(DependencyGraph graph, TriggerMatch m) {
        Set<Integer> objects = new HashSet<>(graph.dependents(m.token(), Set.of("obj", "nsubj:pass")));
        if (m.object() >= 0 && m.object() != m.token()) {
            objects.add(m.object());
        }
        return objects;
    }

    /**
     * True when the place is what the event acts on: the object itself ("shelled Aleppo") or named
     * inside the object's own phrase by its name, an "of" or a possessive ("the town of Gorazde",
     * "bombarded part of Aleppo", "shelled Syria's second city"); a place the object only lies in is
     * for {@link #locatedAt}, and one behind any other preposition is none.
     */
    private static boolean actedOn(DependencyGraph graph, int token, Set<Integer> objects) {
        int t = token;
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            if (objects.contains(t)) {
                return true;
            }
            Arc arc = graph.head(t);
            if (arc == null || arc.governor() < 0 || !(WITHIN_NAME.contains(arc.relation())
                    || arc.baseRelation().equals("flat") || arc.relation().equals("nmod:poss"))) {
                return false;
            }
            t = arc.governor();
        }
        return false;
    }

    /**
     * True when the way up from the place name to an anchor passes first through the name's own
     * phrase ("the town of Gorazde") and then only through locative prepositions, at least one, and
     * dates that a locative phrase was misattached to.
     */
    private static boolean locatedAt(DependencyGraph graph, int token, Set<Integer> anchors) {
        int t = token;
        boolean locative = false;
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            Arc arc = graph.head(t);
            if (arc == null || arc.governor() < 0) {
                return false;
            }
            String base = arc.baseRelation();
            boolean isLocative = (base.equals("obl") || base.equals("nmod")) && LOCATIVES.contains(arc.subtype());
            boolean withinName = WITHIN_NAME.contains(arc.relation()) || base.equals("conj") || base.equals("flat");
            // "demonstrated on Tuesday in Serbia" is often parsed with the place under the date.
            boolean pastDate = locative && graph.token(t).ner().equals("DATE") && (base.equals("obl") || base.equals("nmod"));
            if (!isLocative && !pastDate && (!withinName || locative)) {
                // Past its preposition a place phrase may hold no other ("sources in Pakistan" beside "in Kabul").
                return false;
            }
            locative |= isLocative;
            if (locative && anchors.contains(arc.governor())) {
                return true;
            }
            t = arc.governor();
        }
        return false;
    }
}
