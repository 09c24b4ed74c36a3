package org.parley.resolve;

/**
 * One step of place disambiguation. A pass either decides a mention (a place, or that the name
 * is not a place here) or leaves it to the next pass.
 */
interface PlacePass {

    /** What a pass decided; {@code place} is {@code null} when the name is not a place here. */
    record Decision(PlaceEntry place) {
        static final Decision NOT_A_PLACE = new Decision(null);
    }

    /** The name the pass is counted under ("country-context"). */
    String name();

    /** @return the decision, or {@code null} to leave the mention to the next pass */
    Decision decide(PlaceMention mention, PlaceContext context);
}
