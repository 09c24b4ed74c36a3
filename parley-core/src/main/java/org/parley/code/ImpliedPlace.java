package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.model.Place;
import org.parley.resolve.PlaceEntry;
import org.parley.resolve.PlaceKind;

/**
 * Where an event happened when no locative phrase of its trigger says so, read from the place
 * names of the event's <em>scene</em>: its own clause together with the clauses that share its
 * subject ("converging for a rally in Lagos to protest", "would not meet demands to release
 * prisoners in Iraq"). A clause with a subject of its own ("after rockets fell near Haifa", "as
 * the opposition threatened ...") is the scene of another event and is left out. An event noun
 * without a verb of its own ("stormed the embassy in Tehran after the execution of ...") has
 * only its own phrase as its scene.
 *
 * <p>Of the names in the scene, those read as actors ("Russia condemned", "Moscow said") are left
 * out unless a locative preposition introduces them ("in Serbia", "in Jericho"), and so are
 * country names without one. The one place left is the event's place; several places in one
 * country give that country, of country precision; places in several countries give none.
 *
 * <p>Stateless apart from the reader it is given; one instance per document.
 */
final class ImpliedPlace {
    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj");
    private static final Set<String> OWN_SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl");

    private final PlaceReader places;

    ImpliedPlace(PlaceReader places) {
        this.places = places;
    }

    /**
     * The place implied for an event whose clause is headed by {@code clauseHead}.
     *
     * @param found  the place names of the event's sentence
     * @param target may be null
     * @return the place, or null when the scene names none or names places in several countries
     */
    Place of(DependencyGraph graph, int clauseHead, List<PlaceReader.Found> found, Actor source, Actor target) {
        // An event noun with no verb of its own ("after the execution of ...") is its own scene.
        boolean noun = !graph.token(clauseHead).isVerb();
        int scene = noun ? clauseHead : scene(graph, clauseHead);
        String country = null;
        PlaceEntry only = null;
        boolean several = false;
        for (PlaceReader.Found f : found) {
            boolean inScene = noun ? descends(graph, f.token(), clauseHead) : scene(graph, f.token()) == scene;
            if (!inScene || !isPlaceHere(f, source, target)) {
                continue;
            }
            if (country != null && !country.equals(f.place().country())) {
                return null;
            }
            country = f.place().country();
            several |= only != null && !only.equals(f.place());
            only = f.place();
        }
        if (country == null) {
            return null;
        }
        return several ? places.countryPlace(country).orElse(null) : PlaceReader.place(only, null);
    }

    /** A name after "in"/"at"/"near" is a place; otherwise an actor's name or a country is not. */
    private static boolean isPlaceHere(PlaceReader.Found f, Actor source, Actor target) {
        if (f.located()) {
            return true;
        }
        boolean actor = f.actor() || source.span().contains(f.span()) || target != null && target.span().contains(f.span())
                && !PlaceTargets.isPlaceOf(target, f);
        return !actor && f.place().kind() != PlaceKind.COUNTRY;
    }

    /**
     * The head of the scene {@code token} belongs to: climbing from the token, the first clause
     * head that has a subject of its own, else the sentence's root.
     */
    static int scene(DependencyGraph graph, int token) {
        int t = token;
        for (int steps = 0; steps < graph.size(); steps++) {
            Arc arc = graph.head(t);
            if (arc == null || arc.governor() < 0) {
                return t;
            }
            boolean clause = CLAUSAL.contains(arc.baseRelation())
                    || arc.baseRelation().equals("conj") && graph.token(t).isVerb();
            if (clause && hasOwnSubject(graph, t)) {
                return t;
            }
            t = arc.governor();
        }
        return t;
    }

    /** True when {@code token} hangs from {@code head} through no clause of its own. */
    private static boolean descends(DependencyGraph graph, int token, int head) {
        int t = token;
        for (int steps = 0; steps < graph.size(); steps++) {
            if (t == head) {
                return true;
            }
            Arc arc = graph.head(t);
            if (arc == null || arc.governor() < 0 || CLAUSAL.contains(arc.baseRelation())) {
                return false;
            }
            t = arc.governor();
        }
        return false;
    }

    private static boolean hasOwnSubject(DependencyGraph graph, int head) {
        for (Arc arc : graph.dependents(head)) {
            if (OWN_SUBJECTS.contains(arc.relation())) {
                return true;
            }
        }
        return false;
    }
}
