package org.parley.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The calendar and number words the tagger knows, read once from {@code calendar-words.tsv}
 * (word, kind, value per line; the file's header explains the kinds).
 *
 * <p>Design decision: every word is stored in the forms it is written in (lower-case,
 * Capitalised, UPPER; names only Capitalised and UPPER), so that looking a token up is one hash
 * lookup of its word as it stands, with no lower-casing and no allocation: most tokens of a
 * sentence are not calendar words and must cost no more than that. Immutable and thread-safe.
 */
final class Lexicon {
    /** What a calendar word is. */
    enum Kind {
        MONTH, MONTH_STRICT, WEEKDAY, UNIT, PERIOD, DAY, PART, SEASON, VAGUE, SET, CLOCK, MERIDIEM, ZONE,
        NUMBER, ORDINAL, CURRENCY, PERCENT;

        boolean isName() {
            return this == MONTH || this == MONTH_STRICT || this == WEEKDAY;
        }
    }

    /**
     * One known word.
     *
     * @param kind   what it is
     * @param number its number (month 1-12, ISO weekday 1-7, day offset, cardinal or ordinal value, hour shift), or 0
     * @param code   its code (unit, part of day, season, TIMEX3 value, currency), or ""
     */
    record Word(Kind kind, long number, String code) {
    }

    private static final String RESOURCE = "calendar-words.tsv";

    private final Map<String, Word> words;

    private Lexicon(Map<String, Word> words) {
        this.words = Map.copyOf(words);
    }

    /** The English calendar words shipped with Parley. */
    static Lexicon english() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource org/parley/time/" + RESOURCE + " is missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/parley/time/" + RESOURCE, e);
        }
    }

    private static Lexicon read(BufferedReader reader) throws IOException {
        Map<String, Word> words = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected word, kind and value separated by tabs, got: " + line);
            }
            Kind kind = Kind.valueOf(f[1]);
            boolean numeric = kind == Kind.MONTH || kind == Kind.MONTH_STRICT || kind == Kind.WEEKDAY
                    || kind == Kind.DAY || kind == Kind.NUMBER || kind == Kind.ORDINAL || kind == Kind.MERIDIEM;
            Word word = new Word(kind, numeric ? Long.parseLong(f[2]) : 0, numeric ? "" : f[2]);
            String lower = f[0];
            if (!kind.isName()) {
                words.put(lower, word);
            }
            words.put(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1), word);
            words.put(lower.toUpperCase(Locale.ROOT), word);
        }
        return new Lexicon(words);
    }

    /** The word as written, or null when it is not a calendar or number word. */
    Word get(String written) {
        return words.get(written);
    }
}
