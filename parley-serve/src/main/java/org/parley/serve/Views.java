package org.parley.serve;

import java.util.List;

/**
 * The JSON shapes of the API, as immutable records. Spans are {@code [start, end)} character
 * offsets into the document's text, as in the {@code parley code} contract; absent parts are null.
 */
final class Views {

    private Views() {
    }

    record Actor(String text, String code, String country, String sector, List<Integer> span) {
    }

    record Place(String name, String country, String region, Double lat, Double lon, Long geonamesId,
                 String precision) {
    }

    record Trigger(String text, List<Integer> span) {
    }

    record Evidence(String text, List<Integer> span) {
    }

    record Attribution(String text, String code) {
    }

    /** One report of an event in one sentence of one document. */
    record Mention(String id, String event, String doc, String title, String url, int sentence,
                   String code, String root, String plover, int quad, double goldstein,
                   Actor source, Actor target, Trigger trigger, String date, Place place,
                   boolean negated, String mood, Attribution attribution, Evidence evidence,
                   double confidence) {
    }

    /** A deduplicated real-world event with the mentions that report it. */
    record Event(String id, String code, String root, String plover, int quad, double goldstein,
                 Actor source, Actor target, String date, String dateStart, String dateEnd, Place place,
                 int mentionCount, int sourceCount, int documentCount, String url, List<Mention> mentions) {
    }

    record EventPage(long total, int limit, int offset, List<Event> events) {
    }

    /** A stored document with every mention coded in it. */
    record Document(String id, String title, String source, String url, String published, String text,
                    int sentences, int tokens, List<Mention> mentions) {
    }

    /** A directed dyad (source actor to target actor) in one period ("all" when not split). */
    record Dyad(String source, String target, String period, long events, long mentions, double goldstein) {
    }

    record Dyads(String period, List<Dyad> dyads) {
    }

    /** Event counts per QuadClass and the mean Goldstein score in one period. */
    record Bucket(String period, String start, long events, long verbalCooperation, long materialCooperation,
                  long verbalConflict, long materialConflict, double goldstein) {
    }

    record Timeline(String interval, String actor, String source, String target, List<Bucket> buckets) {
    }

    /** One search hit: a sentence (with the events coded in it) or a whole document. */
    record Hit(String kind, String doc, String title, Integer sentence, List<String> events, float score,
               String text, List<List<Integer>> marks) {
    }

    record SearchResult(String q, long total, int limit, int offset, List<Hit> hits) {
    }

    record Stored(String id, String location, int mentions) {
    }
}
