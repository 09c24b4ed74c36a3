package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.resolve.PlaceEntry;
import org.parley.resolve.PlaceKind;

/**
 * The last say on an event's implied place, from the place names of its whole sentence, for the
 * two cases its own clause leaves open:
 *
 * <ul>
 *   <li>The clause names only a country ("opposition parties in Nepal organised a strike that shut
 *       down Kathmandu"): when the sentence names exactly one city or region in that country, the
 *       event is there, at the finer precision.</li>
 *   <li>The clause names no place ("the president resigned as protesters threatened to storm his
 *       residence in Tbilisi"): an actor of a country acts at home unless told otherwise, so when
 *       the event has no target or one of the same country, and the sentence names exactly one
 *       city or region of the source's country, or else names that country itself, the event is
 *       there.</li>
 * </ul>
 *
 * <p>Before that, a verb of sending whose clause names no place takes place at its goal: "extradited
 * the suspect to Britain", "sent inspectors to Iran" (a country too, though a country name is
 * otherwise no implied place).
 *
 * <p>Names read as actors ("Moscow said"), inside the source's or target's phrase, or after a
 * preposition that is not locative ("returning to Kyrgyzstan") are not places here; a locative
 * preposition ("in Tbilisi") makes any name a place. Stateless.
 */
final class SentencePlace {
    /**
     * Verbs of sending people or goods somewhere (Levin's "send" and "slide" classes, and the
     * legal transfers): their goal is where the act takes effect. Not "expel" or "evacuate",
     * which act where people are taken from.
     */
    private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy", "extradite", "deport",
            "repatriate", "deliver", "ship", "airlift", "transfer", "forward", "redeploy");

    private SentencePlace() {
    }

    /**
     * @param head    the head of the event's clause
     * @param implied the place the event's clause implies, or null
     * @param found   the place names of the event's sentence
     * @param target  may be null
     * @return the refined place, {@code implied} itself when the sentence says no more
     */
    static Place refine(DependencyGraph graph, int head, Place implied, List<PlaceReader.Found> found, Actor source,
                        Actor target) {
        if (implied != null) {
            if (implied.precision() != PlacePrecision.COUNTRY || implied.country() == null) {
                return implied;
            }
            PlaceEntry finer = onlyFiner(graph, found, implied.country(), source, target);
            return finer == null ? implied : PlaceReader.place(finer, null);
        }
        PlaceEntry goal = goal(graph, head, found);
        if (goal != null) {
            return PlaceReader.place(goal, null);
        }
        String home = source.country();
        // Only a domestic event: one acting on another country ("Israel attacked Hezbollah after
        // rockets fell near Haifa") happens elsewhere.
        if (home == null || target != null && !home.equals(target.country())) {
            return null;
        }
        PlaceEntry finer = onlyFiner(graph, found, home, source, target);
        if (finer != null) {
            return PlaceReader.place(finer, null);
        }
        for (PlaceReader.Found f : found) {
            if (f.place().kind() == PlaceKind.COUNTRY && home.equals(f.place().country())
                    && isPlaceHere(graph, f, source, target)) {
                return PlaceReader.place(f.place(), null);
            }
        }
        return null;
    }

    /** The place a verb of sending sends to ("extradited him to Britain"), where the act takes effect, or null. */
    private static PlaceEntry goal(DependencyGraph graph, int head, List<PlaceReader.Found> found) {
        if (!graph.token(head).isVerb() || !SENDING.contains(graph.lemma(head).toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Arc arc : graph.dependents(head)) {
            if (arc.baseRelation().equals("obl") && ("to".equals(arc.subtype()) || "into".equals(arc.subtype()))) {
                for (PlaceReader.Found f : found) {
                    if (f.token() == arc.dependent()) {
                        return f.place();
                    }
                }
            }
        }
        return null;
    }

    /** The one city or region of {@code country} the sentence names as a place, or null when none or several. */
    private static PlaceEntry onlyFiner(DependencyGraph graph, List<PlaceReader.Found> found, String country,
                                        Actor source, Actor target) {
        List<PlaceEntry> finer = new ArrayList<>();
        for (PlaceReader.Found f : found) {
            PlaceEntry p = f.place();
            if (p.kind() != PlaceKind.COUNTRY && country.equals(p.country()) && isPlaceHere(graph, f, source, target)
                    && !finer.contains(p)) {
                finer.add(p);
            }
        }
        return finer.size() == 1 ? finer.get(0) : null;
    }

    /**
     * A name after a locative preposition is a place; one after another preposition is a goal, an
     * origin or a possession ("returning to Kyrgyzstan", "the independence of Chechnya"); one read
     * as an actor or inside an actor's phrase is not a place either.
     */
    private static boolean isPlaceHere(DependencyGraph graph, PlaceReader.Found f, Actor source, Actor target) {
        if (f.located()) {
            return true;
        }
        for (Arc arc : graph.dependents(f.token())) {
            if (arc.relation().equals("case") && !graph.token(arc.dependent()).pos().equals("POS")) {
                return false;
            }
        }
        return !f.actor() && !source.span().contains(f.span()) && (target == null || !target.span().contains(f.span()));
    }
}
