package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** Ethnic communities take the country they live in; a shared surname the one in office. */
class CommunitiesTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static List<EventMention> code(String date, String tokens, String arcs) {
        AnnotatedDocument doc = Fixture.published(date).sentence(tokens, arcs).build();
        return CODER.code(doc);
    }

    @Test
    void aGroupWithNoStateOfItsOwnTakesTheCountryOfItsDemonym() {
        List<EventMention> events = code("1991-04-01",
                "Iraqi/JJ/Iraqi/NATIONALITY Kurds/NNPS/Kurd/MISC criticized/VBD/criticize "
                        + "Turkey/NNP/Turkey/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("111");
            assertThat(e.source().code()).isEqualTo("IRQKUR");
            assertThat(e.source().country()).isEqualTo("IRQ");
        });
    }

    @Test
    void ethnicPeopleOfAStateLivingElsewhereAreThatPlacesCommunity() {
        List<EventMention> events = code("1999-04-01",
                "Ethnic/JJ/ethnic Albanians/NNPS/Albanian/NATIONALITY in/IN Serbia/NNP/Serbia/LOCATION "
                        + "criticized/VBD/criticize Belgrade/NNP/Belgrade/LOCATION ./.",
                "amod(1,0) nsubj(4,1) case(3,2) nmod:in(1,3) obj(4,5) punct(4,6) root(-1,4)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source().code()).isEqualTo("SRBALB");
            assertThat(e.target().code()).isEqualTo("SRBGOV");
        });
    }

    @Test
    void withoutTheWordEthnicADemonymWithAPlaceIsStillItsState() {
        List<EventMention> events = code("1999-04-01",
                "Albanians/NNPS/Albanian/NATIONALITY in/IN Serbia/NNP/Serbia/LOCATION "
                        + "criticized/VBD/criticize Belgrade/NNP/Belgrade/LOCATION ./.",
                "nsubj(3,0) case(2,1) nmod:in(0,2) obj(3,4) punct(3,5) root(-1,3)");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.source().code()).isEqualTo("ALB"));
    }

    @Test
    void anEthnicGroupOfOneCountryAggregatesWithIt() {
        List<EventMention> events = code("2002-04-01",
                "Yoruba/NNP/Yoruba/MISC leaders/NNS/leader criticized/VBD/criticize "
                        + "Ghana/NNP/Ghana/LOCATION ./.",
                "compound(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.source().code()).isEqualTo("NGAYORGOV"));
    }

    @Test
    void presidentBushIsTheBushInOfficeThatDay() {
        String tokens = "President/NNP/President Bush/NNP/Bush/PERSON criticized/VBD/criticize "
                + "Iraq/NNP/Iraq/LOCATION ./.";
        String arcs = "compound(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)";

        assertThat(code("1990-09-01", tokens, arcs)).singleElement()
                .satisfies(e -> assertThat(e.source().code()).isEqualTo("USAGOV"));
        // Out of office, the name alone is the country; a present title keeps its sector and a past
        // one makes a former official (OutOfOfficeTitles).
        assertThat(code("2015-09-01", "Bush/NNP/Bush/PERSON criticized/VBD/criticize Iraq/NNP/Iraq/LOCATION ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)")).singleElement()
                .satisfies(e -> assertThat(e.source().code()).isEqualTo("USA"));
        assertThat(code("2015-09-01", tokens, arcs)).singleElement()
                .satisfies(e -> assertThat(e.source().code()).isEqualTo("USAGOV"));
        assertThat(code("2015-09-01", "former/JJ/former " + tokens, "amod(2,0) compound(2,1) nsubj(3,2) obj(3,4) "
                + "punct(3,5) root(-1,3)")).singleElement()
                .satisfies(e -> assertThat(e.source().code()).isEqualTo("USAELI"));
    }
}
