package org.parley.dedup;

import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Mood;
import org.parley.model.Place;

/**
 * One real-world event: a group of mentions that report it.
 *
 * @param eventId      stable id: the first 16 hex digits of the SHA-256 of the first mention's id
 * @param code         the most frequent CAMEO code of the mentions (ties: the earliest mention's)
 * @param root         its root
 * @param plover       its PLOVER type
 * @param quad         its QuadClass
 * @param goldstein    its Goldstein score
 * @param source       the first mention's source
 * @param target       the first mention's target, or {@code null}
 * @param date         the most precise date of the mentions (ties: the earliest), or {@code null}
 * @param dateRange    the days {@code date} covers, or {@code null}
 * @param place        the most precise place of the mentions (ties: the earliest), or {@code null}
 * @param negated      whether the mentions say it did not happen (all of them do, or none)
 * @param mood         the mood all its mentions share
 * @param documents    distinct documents
 * @param sources      distinct publishers; a document without a publisher counts as one of its own
 * @param firstMention the id of the earliest mention, which defines the event
 * @param sourceUrl    the url of the first mention's document, or {@code null}
 * @param merges       every mention with why it belongs here, the first mention first
 */
public record DedupEvent(String eventId, String code, String root, String plover, int quad, double goldstein,
                         Actor source, Actor target, String date, DateRange dateRange, Place place,
                         boolean negated, Mood mood, int documents, int sources, String firstMention,
                         String sourceUrl, List<Merge> merges) {

    public DedupEvent {
        merges = List.copyOf(merges);
    }

    /** How many mentions report it. */
    public int mentions() {
        return merges.size();
    }
}
