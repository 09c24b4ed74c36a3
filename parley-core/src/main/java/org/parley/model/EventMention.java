package org.parley.model;

import java.util.Objects;

/**
 * One report of one event in one sentence: the unit that {@code parley code} prints. Its fields
 * are the {@code parley code} JSON contract.
 *
 * @param doc         the id of the document
 * @param sentence    the sentence index in the document, from 0
 * @param code        the CAMEO event code as a string with its leading zero ("043")
 * @param root        the two-digit CAMEO root ("04")
 * @param plover      the PLOVER 2.0 event type ("CONSULT")
 * @param quad        the QuadClass, 1 to 4
 * @param goldstein   the Goldstein score of the code
 * @param source      who acts; never null
 * @param target      who is acted upon, or {@code null}
 * @param trigger     the words that express the event
 * @param date        ISO 8601 at the precision known ("2017", "2017-07", "2017-08-10"), or {@code null}
 * @param place       where it happened, or {@code null}
 * @param negated     whether the text says it did not happen
 * @param mood        asserted, intended, requested or hypothetical
 * @param attribution who claims it, or {@code null}
 * @param evidence    the sentence's text
 * @param evidenceSpan where the sentence is in the document's text
 * @param confidence  0 to 1: how sure the coder is of the code and the actors
 */
public record EventMention(String doc, int sentence, String code, String root, String plover,
                           int quad, double goldstein, Actor source, Actor target, Trigger trigger,
                           String date, Place place, boolean negated, Mood mood,
                           Attribution attribution, String evidence, Span evidenceSpan,
                           double confidence) {
    public EventMention {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(mood, "mood");
    }
}
