package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.EventMention;

/** Event mentions as a plain-text table for people: one row each, columns padded to fit. */
final class EventTable {

    private static final List<String> HEADER =
            List.of("doc", "sent", "event", "source → target", "date", "place", "mood", "trigger");
    private static final int[] MAX_WIDTH = {12, 4, 20, 36, 10, 18, 16, 24};

    private final List<List<String>> rows = new ArrayList<>();

    void add(EventMention event) {
        rows.add(List.of(
                event.doc(),
                Integer.toString(event.sentence()),
                event.code() + " " + event.plover(),
                actor(event.source()) + (event.target() == null ? "" : " → " + actor(event.target())),
                event.date() == null ? "-" : event.date(),
                event.place() == null ? "-" : event.place().name(),
                (event.negated() ? "not " : "") + event.mood().label(),
                event.trigger().text()));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The header, a rule and the rows, each line ending in a line break. */
    String render() {
        int[] widths = new int[HEADER.size()];
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (List<String> row : rows) {
            List<String> cut = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cut.add(cut(row.get(c), MAX_WIDTH[c]));
            }
            cells.add(cut);
        }
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            line(out, cells.get(r), widths);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                line(out, rule, widths);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            line.append(cells.get(c)).append(" ".repeat(widths[c] - cells.get(c).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String actor(Actor actor) {
        return actor.code() != null ? actor.code() : actor.text();
    }

    private static String cut(String text, int max) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
