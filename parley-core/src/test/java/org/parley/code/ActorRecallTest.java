package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** Coordinated country modifiers, sector-only sources placed by context, counted groups; hand-built parses. */
class ActorRecallTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    @Test
    void coordinatedDemonymsGiveOneActorEach() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Senior/JJ Hungarian/JJ/Hungarian/MISC and/CC Romanian/JJ/Romanian/MISC officials/NNS "
                        + "condemned/VBD/condemn Serbia/NNP/Serbia/LOCATION ./.",
                "amod(4,0) amod(4,1) cc(3,2) conj:and(1,3) amod(4,3) nsubj(5,4) obj(5,6) punct(5,7) root(-1,5)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(e -> e.source().code(), e -> e.source().text(), e -> e.target().code())
                .containsExactly(tuple("HUNGOV", "Senior Hungarian and Romanian officials", "SRB"),
                        tuple("ROUGOV", "Romanian officials", "SRB"));
    }

    @Test
    void aSingleDemonymGivesOneActor() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Senior/JJ Romanian/JJ/Romanian/MISC officials/NNS condemned/VBD/condemn Serbia/NNP/Serbia/LOCATION ./.",
                "amod(2,0) amod(2,1) nsubj(3,2) obj(3,4) punct(3,5) root(-1,3)").build();

        assertThat(CODER.code(doc)).extracting(e -> e.source().code()).containsExactly("ROUGOV");
    }

    @Test
    void sectorOnlySourceTakesTheCountryOfAPlaceInItsPhrase() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Police/NNS in/IN Cairo/NNP/Cairo/LOCATION attacked/VBD/attack protesters/NNS ./.",
                "nmod:in(0,2) case(2,1) nsubj(3,0) obj(3,4) punct(3,5) root(-1,3)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(e -> e.source().code(), e -> e.source().text(), e -> e.target().code())
                .containsExactly(tuple("EGYCOP", "Police in Cairo", "EGYOPP"));
    }

    @Test
    void sectorOnlySourceTakesTheCountryWhereItsClauseHappens() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Students/NNS condemned/VBD/condemn Israel/NNP/Israel/LOCATION in/IN Cairo/NNP/Cairo/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) obl:in(1,4) punct(1,5) root(-1,1)").build();

        assertThat(CODER.code(doc)).extracting(e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("EGYEDU", "ISR"));
    }

    @Test
    void sectorOnlySourceWithoutContextStaysUncoded() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Police/NNS attacked/VBD/attack protesters/NNS ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)").build();

        assertThat(CODER.code(doc)).isEmpty();
    }

    @Test
    void aCountedGroupStandsForItsMembers() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Thousands/NNS/thousand of/IN Egyptian/JJ/Egyptian/MISC students/NNS condemned/VBD/condemn "
                        + "Israel/NNP/Israel/LOCATION ./.",
                "case(3,1) amod(3,2) nmod:of(0,3) nsubj(4,0) obj(4,5) punct(4,6) root(-1,4)").build();

        assertThat(CODER.code(doc)).extracting(e -> e.source().code(), e -> e.source().text(), e -> e.target().code())
                .containsExactly(tuple("EGYEDU", "Egyptian students", "ISR"));
    }

    @Test
    void aConstitutionalCourtOfACountryIsItsJudiciary() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "The/DT Latvian/JJ/Latvian/MISC Constitutional/NNP/Constitutional/ORGANIZATION Court/NNP/Court/ORGANIZATION "
                        + "condemned/VBD/condemn Russia/NNP/Russia/LOCATION ./.",
                "det(3,0) amod(3,1) compound(3,2) nsubj(4,3) obj(4,5) punct(4,6) root(-1,4)").build();

        assertThat(CODER.code(doc)).extracting(e -> e.source().code()).containsExactly("LVAJUD");
    }

    @Test
    void theEuropeanCommunityIsTheEuropeanUnionsPredecessor() {
        AnnotatedDocument doc = Fixture.published("1990-01-02").sentence(
                "The/DT European/NNP/European/ORGANIZATION Community/NNP/Community/ORGANIZATION "
                        + "condemned/VBD/condemn Iraq/NNP/Iraq/LOCATION ./.",
                "det(2,0) compound(2,1) nsubj(3,2) obj(3,4) punct(3,5) root(-1,3)").build();

        assertThat(CODER.code(doc)).extracting(e -> e.source().code()).containsExactly("IGOEEC");
    }
}
