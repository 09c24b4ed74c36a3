package org.parley.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;
import org.parley.time.TimeTagger;

/**
 * The time expressions and number tags of {@link TimeSource#PARLEY}: puts a converted sentence,
 * whose named entities come from the CRF alone, through Parley's {@link TimeTagger}. Thread-safe
 * when the tagger is.
 *
 * <p>A named entity that overlaps a time expression is dropped: the CRF, which knows nothing of
 * calendars, may take "May" or "Independence Day" for a person or an organisation, while the
 * tagger has just labelled those tokens a date. SUTime's path never produced such pairs, because
 * CoreNLP keeps one tag per token and builds the mentions afterwards.
 */
final class ParleyTimes {

    private final BiFunction<List<Token>, LocalDate, TimeTagger.Tagged> tagger;

    /** Times from {@code tagger}, normally {@code TimeTagger.english()::tag} (tests pass their own). */
    ParleyTimes(BiFunction<List<Token>, LocalDate, TimeTagger.Tagged> tagger) {
        this.tagger = tagger;
    }

    /** {@code sentence} with the tagger's tokens and times, less the entities those times overlap. */
    Sentence retag(Sentence sentence, LocalDate published) {
        TimeTagger.Tagged tagged = tagger.apply(sentence.tokens(), published);
        List<EntityMention> entities = new ArrayList<>(sentence.entities().size());
        for (EntityMention entity : sentence.entities()) {
            if (!overlapsAny(entity, tagged.times())) {
                entities.add(entity);
            }
        }
        return new Sentence(sentence.index(), sentence.span(), tagged.tokens(), sentence.arcs(), entities,
                tagged.times());
    }

    private static boolean overlapsAny(EntityMention entity, List<TimeExpression> times) {
        for (TimeExpression time : times) {
            if (entity.startToken() < time.endToken() && time.startToken() < entity.endToken()) {
                return true;
            }
        }
        return false;
    }
}
