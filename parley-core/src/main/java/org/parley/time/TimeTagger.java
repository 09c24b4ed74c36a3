package org.parley.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * <b>Stub</b> of Parley's own recogniser of time expressions and numbers, so that the annotator
 * switch ({@code TimeSource.PARLEY}) compiles and runs before the real tagger lands: it returns
 * the tokens unchanged and no time expressions. The real class replaces this file.
 */
public final class TimeTagger {

    private TimeTagger() {
    }

    /** The English tagger (stub: finds nothing). */
    public static TimeTagger english() {
        return new TimeTagger();
    }

    /**
     * Time expressions (TIMEX3 values resolved against {@code published}, which may be null) and
     * number tags of one sentence's tokens. Pure, thread-safe. Stub: the tokens as given, no times.
     */
    public Tagged tag(List<Token> tokens, LocalDate published) {
        return new Tagged(tokens, List.of());
    }

    /** A sentence's tokens with their time and number tags, and its time expressions in order. */
    public record Tagged(List<Token> tokens, List<TimeExpression> times) {
        public Tagged {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(times, "times");
            tokens = List.copyOf(tokens);
            times = List.copyOf(times);
        }
    }
}
