package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.ontology.Cameo;
import org.parley.ontology.CameoCode;

/**
 * Who did it to whom: the source–target pairs of one event from the actors its arguments name.
 * Every source is paired with every target; a symmetric event among coordinated sources ("Israel
 * and Lebanon renewed negotiations") pairs them up both ways; a target naming only a sector takes
 * the source's country. Stateless apart from the ontology; safe to share.
 */
final class Pairing {
    private final Cameo cameo;

    Pairing(Cameo cameo) {
        this.cameo = cameo;
    }

    /**
     * Every source with every target; a source without a usable target is paired with null.
     *
     * @param reported true for an event reported as having happened (asserted, not denied): only
     *                 then does a mutual event with a named other party also go the other way
     */
    List<Actor[]> pairs(String code, List<Actor> sources, List<Actor> targets, boolean reported) {
        List<Actor[]> pairs = new ArrayList<>();
        boolean symmetric = cameo.find(code).map(CameoCode::symmetric).orElse(false);
        if (targets.isEmpty() && symmetric && sources.size() < 2) {
            return pairs; // a meeting needs two parties
        }
        if (targets.isEmpty() && !symmetric && MutualIntent.among(code, sources)) {
            symmetric = true; // "the Philippines and France agree that ...": each states it to the other
        }
        if (targets.isEmpty() && symmetric) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    if (!sameActor(sources.get(i), sources.get(j))) {
                        // "Israel and Lebanon renewed negotiations": each party is a source of the same event.
                        pairs.add(new Actor[] {sources.get(i), sources.get(j)});
                        pairs.add(new Actor[] {sources.get(j), sources.get(i)});
                    }
                }
            }
            return pairs;
        }
        List<Actor> named = symmetric ? asCoSources(targets, sources) : targets;
        for (Actor source : sources) {
            boolean paired = false;
            for (Actor other : named) {
                Actor target = inCountryOf(other, source);
                if (target == null) {
                    continue;
                }
                if (!sameActor(source, target) && !source.span().contains(target.span())) {
                    pairs.add(new Actor[] {source, target});
                    paired = true;
                }
            }
            if (!paired) {
                pairs.add(new Actor[] {source, null});
            }
        }
        return symmetric && reported ? withReverse(pairs) : pairs;
    }

    /**
     * A mutual event with a named other party ("A met B", "A held talks with B", "A signed a
     * pact with B") is done by both: CAMEO codes such a meeting as two events, one each way (the
     * PLOVER manual, "Compound and Reciprocal Actors"), and the store's dedup counts the two as
     * one event. The reverse pair is added when the other party is a full actor (it has a country
     * or an international code), and only for a meeting that took place: "Libya offered to meet
     * Britain" is Libya's offer alone.
     */
    private static List<Actor[]> withReverse(List<Actor[]> pairs) {
        List<Actor[]> out = new ArrayList<>(pairs);
        for (Actor[] p : pairs) {
            if (p[1] != null && p[1].country() != null && p[0].country() != null
                    && pairs.stream().noneMatch(q -> q[1] != null && sameActor(q[0], p[1]) && sameActor(q[1], p[0]))) {
                out.add(new Actor[] {p[1], p[0]});
            }
        }
        return out;
    }

    /**
     * The targets of a mutual event, each given as the coordinated source that is the same actor
     * when there is one: in "Trump and Kim met ..., the first meeting between a sitting American
     * president and a leader of North Korea" the leader is Kim, and Kim's own mention, in the
     * clause of the trigger, is the better evidence.
     */
    private static List<Actor> asCoSources(List<Actor> targets, List<Actor> sources) {
        if (sources.size() < 2) {
            return targets;
        }
        List<Actor> out = new ArrayList<>(targets.size());
        for (Actor target : targets) {
            Actor same = target;
            for (Actor source : sources) {
                if (source.code().equals(target.code())) {
                    same = source;
                    break;
                }
            }
            out.add(same);
        }
        return out;
    }

    /**
     * A target that names only a sector ("warned Congress", "clashed with police") belongs to the
     * source's country, as it does in almost all news; without a source country it is dropped.
     */
    private static Actor inCountryOf(Actor target, Actor source) {
        if (target.country() != null) {
            return target;
        }
        if (source.country() == null) {
            return null;
        }
        return new Actor(target.text(), source.country() + target.sector(), source.country(), target.sector(), target.span());
    }

    /** The actors that are none of the given ones (by code): the other party of a source's event. */
    static List<Actor> otherThan(List<Actor> actors, List<Actor> excluded) {
        List<Actor> out = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            if (excluded.stream().noneMatch(e -> sameActor(a, e))) {
                out.add(a);
            }
        }
        return out;
    }

    static boolean sameActor(Actor a, Actor b) {
        return a.span().equals(b.span()) || a.code().equals(b.code());
    }
}
