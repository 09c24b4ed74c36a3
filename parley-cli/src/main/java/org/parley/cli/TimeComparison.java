package org.parley.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.resolve.EventDates;

/**
 * What choosing Parley's time expressions over SUTime's changes, text by text: the figures of
 * {@code parley bench --compare-times}. Both annotations of a document must come from the same
 * tokens and sentences (they do: only {@code ner} and the time tagger differ between the two).
 *
 * <p>Two expressions agree on the date when the coder would date an event by them alike: a bare
 * weekday ("on Sunday", "Friday night") is dated by the coder from the publication date and the
 * clause's tense, whatever the annotator's value, so two bare weekdays naming the same day agree
 * (the parse, hence the tense, is the same on both sides); any other expression is dated by
 * {@link EventDates#fromTimex}. Not thread-safe: one comparison per run.
 */
final class TimeComparison {

    /** A weekday and nothing else, as the coder's {@code WeekdayDates} recognises it. */
    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "(?:on\\s+)?(mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
                    + "|saturday|sunday)\\.?(?:\\s+(?:morning|afternoon|evening|night))?");

    /** The figures of one group of texts. */
    static final class Tally {
        int documents;
        int sutime;
        int parley;
        int sameSpan;
        int sameSpanSameDate;
        int overlapping;
        int onlySutime;
        int onlyParley;

        void add(Tally other) {
            documents += other.documents;
            sutime += other.sutime;
            parley += other.parley;
            sameSpan += other.sameSpan;
            sameSpanSameDate += other.sameSpanSameDate;
            overlapping += other.overlapping;
            onlySutime += other.onlySutime;
            onlyParley += other.onlyParley;
        }
    }

    private final Map<String, Tally> groups = new LinkedHashMap<>();
    private final List<String> disagreements = new ArrayList<>();

    /**
     * Counts the time expressions of one document as SUTime and as Parley found them.
     *
     * @param group the group the document is counted in ("samples", "plover")
     */
    void add(String group, AnnotatedDocument bySutime, AnnotatedDocument byParley) {
        Tally tally = groups.computeIfAbsent(group, g -> new Tally());
        tally.documents++;
        LocalDate published = bySutime.document().published();
        int sentences = Math.min(bySutime.sentences().size(), byParley.sentences().size());
        for (int i = 0; i < sentences; i++) {
            compare(group, bySutime.document().origin(), published, bySutime.sentences().get(i),
                    byParley.sentences().get(i), bySutime.text(), tally);
        }
    }

    private void compare(String group, String origin, LocalDate published, Sentence sutime, Sentence parley,
                         String text, Tally tally) {
        tally.sutime += sutime.times().size();
        tally.parley += parley.times().size();
        boolean[] matched = new boolean[parley.times().size()];
        String where = group + "\t" + origin + "#" + sutime.index() + "\t";
        String sentence = sutime.span().of(text).replace('\n', ' ');
        for (TimeExpression s : sutime.times()) {
            int same = -1;
            List<Integer> overlaps = new ArrayList<>();
            for (int j = 0; j < parley.times().size(); j++) {
                TimeExpression p = parley.times().get(j);
                if (p.startToken() == s.startToken() && p.endToken() == s.endToken()) {
                    same = j;
                } else if (p.startToken() < s.endToken() && s.startToken() < p.endToken()) {
                    overlaps.add(j);
                }
            }
            if (same >= 0) {
                matched[same] = true;
                tally.sameSpan++;
                TimeExpression p = parley.times().get(same);
                if (coderDate(s, published).equals(coderDate(p, published))) {
                    tally.sameSpanSameDate++;
                } else {
                    disagreements.add("date\t" + where + describe(s, published) + "\t" + describe(p, published)
                            + "\t" + sentence);
                }
            } else if (!overlaps.isEmpty()) {
                tally.overlapping++;
                List<String> others = new ArrayList<>();
                for (int j : overlaps) {
                    matched[j] = true;
                    others.add(describe(parley.times().get(j), published));
                }
                disagreements.add("span\t" + where + describe(s, published) + "\t" + String.join(" + ", others)
                        + "\t" + sentence);
            } else {
                tally.onlySutime++;
                disagreements.add("sutime-only\t" + where + describe(s, published) + "\t-\t" + sentence);
            }
        }
        for (int j = 0; j < matched.length; j++) {
            if (!matched[j]) {
                tally.onlyParley++;
                disagreements.add("parley-only\t" + where + "-\t" + describe(parley.times().get(j), published)
                        + "\t" + sentence);
            }
        }
    }

    /** The date the coder would give an event dated by {@code t}: a day name for bare weekdays, else the timex's date or "none". */
    static String coderDate(TimeExpression t, LocalDate published) {
        Matcher weekday = BARE_WEEKDAY.matcher(t.text() == null ? "" : t.text().trim().toLowerCase(Locale.ROOT));
        if (weekday.matches() && published != null) {
            return "weekday " + weekday.group(1).substring(0, 3);
        }
        return EventDates.fromTimex(t.value(), published).orElse("none");
    }

    private static String describe(TimeExpression t, LocalDate published) {
        return "\"" + t.text() + "\" [" + t.startToken() + "," + t.endToken() + ") " + t.value() + " -> "
                + coderDate(t, published);
    }

    /** The figures by group and in total, as a table. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-10s %6s %7s %7s %10s %11s %12s %12s %12s%n", "texts", "docs",
                "SUTime", "Parley", "same span", "+same date", "overlapping", "SUTime only", "Parley only"));
        Tally total = new Tally();
        for (Map.Entry<String, Tally> group : groups.entrySet()) {
            row(out, group.getKey(), group.getValue());
            total.add(group.getValue());
        }
        row(out, "all", total);
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Tally t) {
        out.append(String.format(Locale.ROOT, "%-10s %6d %7d %7d %10d %11d %12d %12d %12d%n", name, t.documents,
                t.sutime, t.parley, t.sameSpan, t.sameSpanSameDate, t.overlapping, t.onlySutime, t.onlyParley));
    }

    /**
     * Every disagreement, one a line, tab-separated: kind (date, span, sutime-only, parley-only),
     * group, origin#sentence, SUTime's expression, Parley's, the sentence.
     */
    List<String> disagreements() {
        return List.copyOf(disagreements);
    }
}
