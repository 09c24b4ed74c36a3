package org.parley.code;

import java.util.List;

/**
 * The candidate sources and targets of a trigger, in tiers (the first tier that names an actor
 * wins): what {@link ArgumentFinder} reads from the parse, reordered by the rules that know a
 * construction better. Each rule leaves the tiers alone when its construction is absent, so the
 * order below matters only where two constructions meet:
 * <ul>
 *   <li>targets: an adjunct event noun's own parties ({@link AdjunctEvents}), the culprit of an
 *       investigated or criticised wrong ({@link Culprits}), the withdrawn side of an agentless
 *       withdrawal ({@link PassiveRetreat}), the owner of a rejected proposal
 *       ({@link RejectedProposals});</li>
 *   <li>sources: only the possessor of an adjunct event noun ({@link AdjunctEvents}), then the
 *       withdrawn side ({@link PassiveRetreat}).</li>
 * </ul>
 * Stateless.
 */
final class ArgumentTiers {
    private ArgumentTiers() {
    }

    static List<List<Integer>> targets(DependencyGraph graph, TriggerMatch m, ArgumentFinder arguments) {
        List<List<Integer>> tiers = AdjunctEvents.targets(graph, m, arguments.targets(m)); // "in protest at abuses by X"
        tiers = Culprits.first(graph, m, tiers); // "investigating crimes by X"
        tiers = PassiveRetreat.targetTiers(graph, m, tiers); // "were withdrawn"
        return RejectedProposals.targetTiers(graph, m, tiers); // "rejected a U.S. request"
    }

    static List<List<Integer>> sources(DependencyGraph graph, TriggerMatch m, ArgumentFinder arguments) {
        return PassiveRetreat.sourceTiers(graph, m, AdjunctEvents.sources(graph, m, arguments.sources(m)));
    }
}
