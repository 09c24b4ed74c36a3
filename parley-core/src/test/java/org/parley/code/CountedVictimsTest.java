package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/** On hand-built parses: the victims a trailing participle only counts ({@link CountedVictims}). */
class CountedVictimsTest {

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    private static List<EventMention> participles(String tokens, String arcs) {
        return HandParsed.code(tokens, arcs).stream().filter(e -> e.trigger().text().endsWith("ing")).toList();
    }

    @Test
    void theCountedKilledAndArrestedAreThePartyTheClauseBeforeActedOn() {
        // Kenyan police used tear gas to scatter Ugandan traders , wounding three and detaining 40 .
        List<EventMention> events = participles(
                "Kenyan/JJ/Kenyan/NATIONALITY police/NN/police used/VBD/use tear/NN/tear gas/NN/gas to/TO/to "
                        + "scatter/VB/scatter Ugandan/JJ/Ugandan/NATIONALITY traders/NNS/trader ,/, "
                        + "wounding/VBG/wound three/CD/three and/CC/and detaining/VBG/detain 40/CD/40 ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) compound(4,3) obj(2,4) mark(6,5) xcomp(2,6) amod(8,7) obj(6,8) "
                        + "punct(6,9) xcomp(2,10) conj:and(6,10) obj(10,11) cc(13,12) xcomp(2,13) conj:and(6,13) "
                        + "obj(13,14) punct(2,15)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), CountedVictimsTest::target,
                        e -> e.trigger().text())
                .containsExactly(tuple("190", "KENCOP", "UGA", "wounding"), tuple("173", "KENCOP", "UGA", "detaining"));
    }

    @Test
    void aParticipleThatNamesItsVictimsKeepsThem() {
        // Kenyan police scattered Ugandan traders , detaining 40 Somali students .
        List<EventMention> events = participles(
                "Kenyan/JJ/Kenyan/NATIONALITY police/NN/police scattered/VBD/scatter Ugandan/JJ/Ugandan/NATIONALITY "
                        + "traders/NNS/trader ,/, detaining/VBG/detain 40/CD/40 Somali/JJ/Somali/NATIONALITY "
                        + "students/NNS/student ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) amod(4,3) obj(2,4) punct(2,5) xcomp(2,6) nummod(9,7) amod(9,8) "
                        + "obj(6,9) punct(2,10)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), CountedVictimsTest::target)
                .containsExactly(tuple("173", "KENCOP", "SOMEDU"));
    }

    @Test
    void aParticipleWhoseObjectIsNoCountTakesNoPartyFromTheClauseBefore() {
        // Kenyan police scattered Ugandan traders , detaining the organisers .
        List<EventMention> events = participles(
                "Kenyan/JJ/Kenyan/NATIONALITY police/NN/police scattered/VBD/scatter Ugandan/JJ/Ugandan/NATIONALITY "
                        + "traders/NNS/trader ,/, detaining/VBG/detain the/DT/the organisers/NNS/organiser ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) amod(4,3) obj(2,4) punct(2,5) xcomp(2,6) det(8,7) obj(6,8) punct(2,9)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), CountedVictimsTest::target)
                .containsExactly(tuple("173", "KENCOP", null));
    }
}
