package org.parley.ingest;

/**
 * A document that could not be read: where it came from and why. Reported, never thrown, so that
 * the other documents of a run still go through.
 *
 * @param origin the path, "stdin", or "file.jsonl:12" for one line of a JSON Lines file
 * @param reason what was wrong, in words a user can act on
 */
public record IngestProblem(String origin, String reason) {
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
