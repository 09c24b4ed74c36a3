package org.parley.model;

/**
 * One edge of a sentence's dependency graph (Universal Dependencies, enhanced++ where the parser
 * gives it: relations carry their case marker, as in {@code obl:with}, {@code nmod:of},
 * {@code conj:and}, and controlled subjects appear as {@code nsubj:xsubj}).
 *
 * @param governor  token index of the head, or -1 for the root
 * @param relation  the relation name, lower case
 * @param dependent token index of the dependent
 */
public record Arc(int governor, String relation, int dependent) {

    /** The relation without its subtype: "obl" for "obl:with". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype after the colon ("with" for "obl:with"), or "" when there is none. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
