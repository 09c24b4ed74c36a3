package org.parley.code;

import org.parley.model.Arc;

/**
 * A person the dictionary does not know, named with a role title: "former president Carlos Menem",
 * "President Laurent Gbagbo" spelt another way. The title says the sector as well as it does for
 * "the former president"; the country, as for that phrase, comes from context.
 *
 * <p>Contract: {@link #isTitled} holds when the head is a proper noun tagged PERSON and a word
 * before it in its own compounds is not part of the name (not tagged PERSON): the title. Whether
 * the title names a sector is the actor reader's dictionary lookup, not decided here.
 */
final class TitledPersons {
    private TitledPersons() {
    }

    static boolean isTitled(DependencyGraph graph, int head) {
        if (!graph.token(head).isProperNoun() || !graph.token(head).ner().equals("PERSON")) {
            return false;
        }
        for (Arc arc : graph.dependents(head)) {
            int d = arc.dependent();
            if (arc.relation().equals("compound") && d < head && !graph.token(d).ner().equals("PERSON")) {
                return true;
            }
        }
        return false;
    }
}
