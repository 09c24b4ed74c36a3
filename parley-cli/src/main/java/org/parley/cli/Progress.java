package org.parley.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One self-overwriting status line on standard error: "coded N documents, M events, X
 * sentences/s", and when the number of documents is known beforehand, how many are done, the
 * documents per second and the time left. Shown only when enabled (standard error is a terminal and not {@code --quiet}),
 * redrawn at most a few times a second.
 */
final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private long started = -1;
    private long lastDrawn = Long.MIN_VALUE;
    private int width;
    private int expected = -1;
    private int skipped;
    private int lastDocuments;
    private int lastEvents;
    private int lastSentences;

    Progress(PrintStream err, boolean enabled, LongSupplier nanoClock) {
        this.err = err;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
    }

    void loading() {
        draw("loading models...");
    }

    /** Starts the clock of the sentence rate: models are loaded and coding begins. */
    void start() {
        started = nanoClock.getAsLong();
    }

    /** The number of documents the inputs hold, counted beforehand. */
    void expect(int documents) {
        expected = documents;
    }

    /** One document passed over (done in an earlier run): it counts as done, not in the rates. */
    void skipped() {
        skipped++;
        update(lastDocuments, lastEvents, lastSentences);
    }

    void update(int documents, int events, int sentences) {
        lastDocuments = documents;
        lastEvents = events;
        lastSentences = sentences;
        long now = nanoClock.getAsLong();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(status(documents, events, sentences, now));
        }
    }

    /** Clears the line so that a problem report starts at the left margin. */
    void clear() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    /** Draws the final count and ends the line. */
    void finish(int documents, int events, int sentences) {
        if (enabled) {
            draw(status(documents, events, sentences, nanoClock.getAsLong()));
            err.println();
            width = 0;
        }
    }

    private String status(int documents, int events, int sentences, long now) {
        double seconds = started < 0 ? 0 : (now - started) / 1e9;
        String rate = seconds > 0 ? String.format(Locale.ROOT, ", %.1f sentences/s", sentences / seconds) : "";
        String line = "coded " + documents + (documents == 1 ? " document, " : " documents, ")
                + events + (events == 1 ? " event" : " events") + rate;
        if (skipped > 0) {
            line += ", " + skipped + " done before";
        }
        if (expected > 0) {
            int done = documents + skipped;
            line += String.format(Locale.ROOT, ", %d/%d documents", done, expected);
            if (seconds > 0 && documents > 0) {
                double perSecond = documents / seconds;
                long left = Math.round(Math.max(0, expected - done) / perSecond);
                line += String.format(Locale.ROOT, ", %.2f documents/s, %d:%02d left", perSecond, left / 60, left % 60);
            }
        }
        return line;
    }

    private void draw(String line) {
        if (!enabled) {
            return;
        }
        String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        width = line.length();
    }
}
