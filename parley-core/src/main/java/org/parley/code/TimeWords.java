package org.parley.code;

import java.util.Set;
import org.parley.model.TimeExpression;

/**
 * Words that say when, never who or what: a token the recogniser tagged as a date, time, duration
 * or set ("Monday", "two weeks"), or one inside a time expression of its sentence ("the
 * weekend"). Such a phrase cannot fill a trigger's prepositional slot — "called Putin <em>on
 * Monday</em>" is no appeal ("called on X to ...") — nor, as a prepositional phrase, name a party
 * to an event ("talks on Monday"). A subject is left alone: "Israel Friday reimposed ..." is
 * often parsed with the date as the head of the name.
 *
 * <p>Stateless.
 */
final class TimeWords {
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private TimeWords() {
    }

    /** Whether token {@code i} of the graph's sentence is a word of time. */
    static boolean isTime(DependencyGraph graph, int i) {
        if (i < 0 || i >= graph.size()) {
            return false;
        }
        String tag = graph.token(i).ner();
        if (tag != null && TIME_TAGS.contains(tag)) {
            return true;
        }
        for (TimeExpression t : graph.sentence().times()) {
            if (t.startToken() <= i && i < t.endToken()) {
                return true;
            }
        }
        return false;
    }
}
