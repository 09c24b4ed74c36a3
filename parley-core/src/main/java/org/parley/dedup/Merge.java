package org.parley.dedup;

/**
 * Why one mention belongs to its event.
 *
 * @param mentionId the mention
 * @param reason    for the event's first mention "first mention: ..." with what defines the event;
 *                  for the others what it shares with the first one ("same dyad USA→RUS, root 04,
 *                  dates 2017-07-14/2017-07-15 within 1 day, place Amman")
 */
public record Merge(String mentionId, String reason) {
}
