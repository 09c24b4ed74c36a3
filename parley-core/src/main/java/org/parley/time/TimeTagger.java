package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;
import org.parley.time.Lexicon.Word;

/**
 * Parley's own recogniser of time expressions and numbers in one sentence's tokens, in place of
 * CoreNLP's SUTime: dictionary lookups over tokens, no regular expression over the text and no
 * state carried from one sentence to the next, so the same sentence always gets the same values.
 *
 * <p>How it works: every token's word is looked up once, as written, in a lexicon of calendar and
 * number words; a sentence with none of them and no token starting with a digit costs that and
 * nothing more. Each calendar word or number then anchors the rules of its kind
 * ({@code DateRules}, {@code RelativeRules}, {@code ClockRules}), which look left and right from it
 * and propose candidates; of overlapping candidates the longest wins (the earlier one on a tie).
 * Relative values are resolved against the publication date by {@code Anchor}; numbers outside
 * time expressions are tagged by {@code NumberTags}.
 *
 * <p>Values are TIMEX3 in the forms {@code org.parley.resolve.EventDates#fromTimex} reads
 * ("2017-03-03", "2017-03", "2017-W31", "2016-SU", "2017-Q1", "2017", "199X", "XXXX-03-03",
 * "PRESENT_REF"), durations and sets ("P3Y", "PT48H", "P1W"), times of day without a date
 * ("T10:00"; "10 a.m. on Monday" is two expressions, a TIME and a DATE), or null for dates measured
 * from another event ("the previous day", "a week earlier"). Prepositions ("on", "in", "for",
 * "at") are not part of an expression, except "at present". Without a publication date, relative
 * expressions get null rather than a made-up year. Pure and thread-safe.
 */
public final class TimeTagger {
    private static final Comparator<Candidate> LONGEST_FIRST =
            Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start);

    private final Lexicon lexicon;

    private TimeTagger(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The English tagger; reads its word list once. */
    public static TimeTagger english() {
        return new TimeTagger(Lexicon.english());
    }

    /**
     * The sentence's tokens with time expressions and number tags, and its time expressions.
     *
     * @param tokens  one sentence's tokens, indexes from 0
     * @param published the publication date that relative expressions are resolved against, or null
     * @return {@code tokens} itself when nothing was found, else new tokens whose {@code ner} is
     *         DATE, TIME, DURATION or SET inside a time expression and NUMBER, ORDINAL, MONEY or
     *         PERCENT on numbers the CRF left at "O"; the time expressions in text order
     */
    public Tagged tag(List<Token> tokens, LocalDate published) {
        Objects.requireNonNull(tokens, "tokens");
        Word[] words = null;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            Word w = lexicon.get(word);
            if (w != null || SentenceWords.startsWithDigit(word) || isMid(word)) {
                if (words == null) {
                    words = new Word[tokens.size()];
                }
                words[i] = w;
            }
        }
        if (words == null) {
            return new Tagged(tokens, List.of());
        }
        SentenceWords v = new SentenceWords(tokens, words, lexicon);
        List<Candidate> candidates = candidates(v, words, new Anchor(published));
        candidates.replaceAll(c -> DateRules.withBoundary(v, c));
        String[] tags = new String[tokens.size()];
        List<TimeExpression> times = new ArrayList<>();
        for (Candidate c : chosen(candidates)) {
            for (int i = c.start(); i < c.end(); i++) {
                tags[i] = c.type();
            }
            times.add(expression(tokens, c));
        }
        times.sort(Comparator.comparingInt(TimeExpression::startToken));
        NumberTags.apply(v, tags);
        return new Tagged(retagged(tokens, tags), List.copyOf(times));
    }

    private List<Candidate> candidates(SentenceWords v, Word[] words, Anchor anchor) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            Word w = words[i];
            if (w == null) {
                String word = v.token(i).word();
                if (SentenceWords.startsWithDigit(word)) {
                    DateRules.numeric(v, i, out);
                    ClockRules.numeric(v, i, out);
                } else if (isMid(word)) {
                    DateRules.mid(v, i, lexicon, out);
                }
                continue;
            }
            switch (w.kind()) {
                case MONTH, MONTH_STRICT -> DateRules.month(v, i, out);
                case PERIOD -> DateRules.period(v, i, anchor, out);
                case SEASON -> DateRules.season(v, i, anchor, out);
                case WEEKDAY -> RelativeRules.weekday(v, i, anchor, out);
                case DAY -> RelativeRules.day(v, i, anchor, out);
                case PART -> RelativeRules.part(v, i, anchor, out);
                case UNIT -> RelativeRules.unit(v, i, anchor, out);
                case VAGUE -> RelativeRules.vague(v, i, out);
                case SET -> RelativeRules.frequency(v, i, out);
                case CLOCK -> ClockRules.clockWord(v, i, out);
                case MERIDIEM -> ClockRules.meridiem(v, i, out);
                case ZONE -> ClockRules.zone(v, i, out);
                default -> {
                    // numbers, ordinals, currencies and percent signs are tagged by NumberTags
                }
            }
        }
        return out;
    }

    /** The longest candidates that do not overlap a longer (or, on a tie, earlier) one. */
    private static List<Candidate> chosen(List<Candidate> candidates) {
        if (candidates.size() <= 1) {
            return candidates;
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(LONGEST_FIRST);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * The expression over the candidate's tokens. Its text joins the words with a single space
     * where the spans are not adjacent and with nothing where they are, so "U.S.-backed" stays
     * whole but a line break between words becomes a space.
     */
    private static TimeExpression expression(List<Token> tokens, Candidate c) {
        StringBuilder text = new StringBuilder(tokens.get(c.start()).word());
        for (int i = c.start() + 1; i < c.end(); i++) {
            if (tokens.get(i).span().start() > tokens.get(i - 1).span().end()) {
                text.append(' ');
            }
            text.append(tokens.get(i).word());
        }
        Span span = tokens.get(c.start()).span().union(tokens.get(c.end() - 1).span());
        return new TimeExpression(c.start(), c.end(), text.toString(), c.value(), span);
    }

    private static List<Token> retagged(List<Token> tokens, String[] tags) {
        List<Token> out = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (tags[i] != null && !tags[i].equals(t.ner())) {
                out.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), tags[i], t.span()));
                changed = true;
            } else {
                out.add(t);
            }
        }
        return changed ? List.copyOf(out) : tokens;
    }

    /** "mid-March", "mid-2016": checked by characters, as most tokens are not. */
    private static boolean isMid(String word) {
        return word.length() > 4 && word.charAt(3) == '-' && (word.charAt(0) == 'm' || word.charAt(0) == 'M')
                && word.regionMatches(true, 0, "mid-", 0, 4);
    }

    /**
     * The tagger's answer for one sentence.
     *
     * @param tokens the sentence's tokens with their new named-entity tags: the caller's list
     *               itself when no tag changed, else an unmodifiable copy
     * @param times  its time expressions, in text order, unmodifiable
     */
    public record Tagged(List<Token> tokens, List<TimeExpression> times) {
    }
}
