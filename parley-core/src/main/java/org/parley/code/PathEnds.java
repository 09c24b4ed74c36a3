package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Arc;

/**
 * The ends of a path ("a bridge spanning the Rhine from France to Germany", "a pipeline from Iraq
 * to Turkey") describe where a thing runs, not who an event is aimed at: blocking the bridge is
 * not an act against Germany. A head is a path end when it hangs as a "to" phrase from a word
 * (the trigger, its clause, or a noun or participle below them: the parser often hangs a noun's
 * path on the verb) that also has a "from" phrase, or the other way round. A visit's own path is
 * left alone ("flew from Paris to Moscow for talks"): the destination of a visit (CAMEO 04) is
 * its host.
 *
 * <p>Contract: {@link #without} returns the tiers with every path end removed (tiers left empty
 * are kept, empty); stateless.
 */
final class PathEnds {
    private PathEnds() {
    }

    static List<List<Integer>> without(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        List<List<Integer>> out = new ArrayList<>(tiers.size());
        boolean changed = false;
        for (List<Integer> tier : tiers) {
            List<Integer> kept = new ArrayList<>(tier.size());
            for (int head : tier) {
                if (isPathEnd(graph, m, head)) {
                    changed = true;
                } else {
                    kept.add(head);
                }
            }
            out.add(kept);
        }
        return changed ? out : tiers;
    }

    private static boolean isPathEnd(DependencyGraph graph, TriggerMatch m, int head) {
        Arc up = graph.head(head);
        if (up == null || m.entry().code().startsWith("04") && (up.governor() == m.token() || up.governor() == m.clauseHead())) {
            return false; // "flew from Paris to Moscow for talks": the destination of a visit is its host
        }
        String base = up.baseRelation();
        if (!(base.equals("obl") || base.equals("nmod"))) {
            return false;
        }
        String other = switch (up.subtype()) {
            case "to" -> "from";
            case "from" -> "to";
            default -> null;
        };
        if (other == null) {
            return false;
        }
        for (Arc sibling : graph.dependents(up.governor())) {
            String b = sibling.baseRelation();
            if ((b.equals("obl") || b.equals("nmod")) && sibling.subtype().equals(other)) {
                return true;
            }
        }
        return false;
    }
}
