package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;
import org.parley.model.Mood;

/**
 * A mutual event (meet, negotiate, telephone, cooperate) with a named other party is coded both
 * ways when it took place, as CAMEO codes meetings; an offer, a plan or a denial stays one-way.
 * "Officials" met by Russia are Russia's (the sector-only fallback), and so meet it back.
 */
class ReciprocalMeetingsTest {

    @Test
    void aMeetingThatTookPlaceGoesBothWays() {
        assertThat(HandParsed.code(
                "Russia/NNP/Russia/LOCATION held/VBD/hold talks/NNS/talk with/IN Turkey/NNP/Turkey/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) nmod:with(2,4) punct(1,5) root(-1,1)"))
                .extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(), EventMention::mood)
                .containsExactly(tuple("046", "RUS", "TUR", Mood.ASSERTED), tuple("046", "TUR", "RUS", Mood.ASSERTED));
    }

    @Test
    void aDeniedMeetingAndADirectedEventStayOneWay() {
        assertThat(HandParsed.code(
                "Russia/NNP/Russia/LOCATION did/VBD/do not/RB meet/VB/meet Turkey/NNP/Turkey/LOCATION ./.",
                "nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) punct(3,5) root(-1,3)"))
                .extracting(e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("RUS", "TUR"));
        assertThat(HandParsed.code(
                "Russia/NNP/Russia/LOCATION accused/VBD/accuse Turkey/NNP/Turkey/LOCATION ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)"))
                .extracting(e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("RUS", "TUR"));
    }

    @Test
    void aPartyGivenTheSourcesCountryByItsSectorMeetsItBackToo() {
        assertThat(HandParsed.code(
                "Russia/NNP/Russia/LOCATION met/VBD/meet officials/NNS/official ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)"))
                .extracting(e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("RUS", "RUSGOV"), tuple("RUSGOV", "RUS"));
    }
}
