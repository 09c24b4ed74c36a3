package org.parley.code;

import java.util.ArrayList;
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
 *       ({@link RejectedProposals}), the other side of the talks a concession followed
 *       ({@link ConcessionPartners}), the party weapons are made for ({@link WeaponsForUse}), only the one arrested
 *       for treason ({@link ArrestGrounds}); before all of them, the party a protest defies or whose removal it
 *       calls for ({@link DefiedParties}); never the ends of a path below the trigger
 *       ({@link PathEnds}); last the destination of an errand ({@link Errands}), which is where the
 *       errand is done even when the sending names a path; after all of them, a party one step inside the
 *       trigger's object ({@link NestedParties#insideObject}); after that, for a participle that only
 *       counts its victims, the targets of the clause it follows ({@link CountedVictims}); last the
 *       country a destination that names no party lies in ({@link Destinations}) and the party an
 *       undertaking gone back on was given to ({@link BrokenUndertakings});</li>
 *   <li>sources: only the possessor of an adjunct event noun ({@link AdjunctEvents}), then the
 *       withdrawn side ({@link PassiveRetreat}), the subject of a verb of taking part
 *       ({@link LightVerbs}), the passive subject of a participle of stance ({@link StativePassives}),
 *       the taker of measures an act is done through ({@link MeasuresTaken}), the accuser a passive accusation's "by" names inside the wrong ({@link DistantAgents}), the sender of an
 *       errand ({@link Errands}).</li>
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
        tiers = RejectedProposals.targetTiers(graph, m, tiers); // "rejected a U.S. request"
        tiers = ConcessionPartners.targetTiers(graph, m, tiers); // "called off a strike after talks with X"
        tiers = WeaponsForUse.targetTiers(graph, m, tiers); // "manufacturing weapons to use against X"
        tiers = ArrestGrounds.targetTiers(graph, m, tiers); // "arrested for spying for X": not X
        tiers = DefiedParties.targetTiers(graph, m, tiers); // "in defiance of X", "calling for the removal of X"
        tiers = PathEnds.without(graph, m, tiers); // "a bridge from France to Germany"
        tiers = Errands.targetTiers(graph, m, tiers); // "sent inspectors to X to investigate"
        tiers = withInsideObject(tiers, new NestedParties(graph, arguments).insideObject(m)); // "a formula for ending its dispute with X"
        tiers = CountedVictims.targetTiers(graph, m, arguments, tiers); // "dispersed X, killing one person"
        tiers = Destinations.targetTiers(graph, m, tiers); // "dispatched inspectors to a plant in X"
        return BrokenUndertakings.targetTiers(graph, m, tiers); // "reneged on his commitment to X"
    }

    /** The tiers inside the object come last: only when nothing nearer names a party. */
    private static List<List<Integer>> withInsideObject(List<List<Integer>> tiers, List<List<Integer>> inside) {
        if (inside.isEmpty()) {
            return tiers;
        }
        List<List<Integer>> all = new ArrayList<>(tiers);
        all.addAll(inside);
        return all;
    }

    static List<List<Integer>> sources(DependencyGraph graph, TriggerMatch m, ArgumentFinder arguments) {
        List<List<Integer>> tiers = PassiveRetreat.sourceTiers(graph, m, AdjunctEvents.sources(graph, m, arguments.sources(m)));
        tiers = LightVerbs.sourceTiers(graph, m, tiers); // "were engaged in ethnic cleansing"
        tiers = StativePassives.sourceTiers(graph, m, tiers); // "is committed to opening its economy"
        tiers = MeasuresTaken.sourceTiers(graph, m, tiers); // "took steps to enhance freedoms"
        tiers = DistantAgents.sourceTiers(graph, m, tiers); // "was accused of misusing funds, much of it embezzled, by Y"
        return Errands.sourceTiers(graph, m, tiers); // "sent inspectors to X to investigate"
    }

    /** The tiers with one more in front: the rule's own candidates before what was found already. */
    static List<List<Integer>> prepend(List<Integer> first, List<List<Integer>> tiers) {
        List<List<Integer>> out = new ArrayList<>(tiers.size() + 1);
        out.add(first);
        out.addAll(tiers);
        return out;
    }
}
