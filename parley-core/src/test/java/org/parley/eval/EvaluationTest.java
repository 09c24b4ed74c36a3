package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.model.Span;
import org.parley.model.Trigger;
import org.parley.ontology.Cameo;

class EvaluationTest {

    private static final Cameo CAMEO = Cameo.builtIn();
    private static final Place GENEVA = new Place("Geneva", "CHE", 46.2, 6.15);

    private static final GoldCoding DEMAND = new GoldCoding("RURGOV", "FRE", null, "DEMAND");
    private static final GoldCoding FIGHT = new GoldCoding("FRE", "RUR", null, "FIGHT");
    private static final GoldCoding CONCEDE = new GoldCoding("AAA", null, null, "CONCEDE");
    private static final GoldCoding VISIT = new GoldCoding("USA", "CHN", "042", null);
    private static final GoldCoding FIGHT_REBELS = new GoldCoding("JAPGOV", "---REB", "190", null);

    private static final GoldRecord WITH_PLACE = new GoldRecord("t", "A", "a", null,
            List.of(DEMAND, FIGHT, CONCEDE), new GoldPlace("the city of Geneva", "CHE"));
    private static final GoldRecord NO_EVENT = new GoldRecord("t", "B", "b", null, List.of(), null);
    private static final GoldRecord CAMEO_CODED = new GoldRecord("t", "C", "c", null,
            List.of(VISIT, FIGHT_REBELS), null);

    private static final EventMention DEMANDED = event("020", "REQUEST", actor("RURGOV", "RUR"), actor("FRE", "FRE"), GENEVA);
    private static final EventMention THREATENED = event("130", "THREATEN", actor("FREMIL", "FRE"), actor("RUR", "RUR"), null);
    private static final EventMention RETREATED = event("0831", "RETREAT", actor("AAA", "AAA"), actor("FRE", "FRE"), null);
    private static final EventMention MET = event("040", "CONSULT", actor("ZZZ", "ZZZ"), actor("FRE", "FRE"), null);
    private static final EventMention VISITED = event("042", "CONSULT", actor("USA", "USA"), actor("CHN", "CHN"), null);
    private static final EventMention CONSULTED = event("043", "CONSULT", actor("USA", "USA"), null, null);
    private static final EventMention FOUGHT = event("190", "ASSAULT", actor("JPNGOV", "JPN"), actor("REB", null), null);

    @Test
    void scoresPairsTypesActorsAndPlacesExactly() {
        Evaluation evaluation = new Evaluation("t", CAMEO);

        List<Miss> missesA = evaluation.add(WITH_PLACE, List.of(DEMANDED, THREATENED, RETREATED, MET));
        List<Miss> missesB = evaluation.add(NO_EVENT, List.of(VISITED));
        List<Miss> missesC = evaluation.add(CAMEO_CODED, List.of(CONSULTED, FOUGHT));
        SetResult result = evaluation.result();

        assertThat(result.set()).isEqualTo("t");
        assertThat(result.records()).isEqualTo(3);
        assertThat(result.codings()).isEqualTo(5);
        assertThat(result.events()).isEqualTo(7);
        assertThat(result.pairRecall()).isEqualTo(new Ratio(4, 5));
        assertThat(result.typedRecall()).isEqualTo(new Ratio(3, 5));
        assertThat(result.ploverAccuracy()).isEqualTo(new Ratio(3, 4));
        assertThat(result.cameoRootAccuracy()).isEqualTo(new Ratio(1, 1));
        assertThat(result.precision()).isEqualTo(new Ratio(4, 7));
        assertThat(result.typedPrecision()).isEqualTo(new Ratio(3, 7));
        assertThat(result.sourceCode()).isEqualTo(new Ratio(3, 4));
        assertThat(result.targetCode()).isEqualTo(new Ratio(2, 3));
        assertThat(result.placeName()).isEqualTo(new Ratio(1, 1));
        assertThat(result.placeCountry()).isEqualTo(new Ratio(1, 1));
        assertThat(result.confusion()).containsExactly(
                Map.entry("CONCEDE/RETREAT", Map.of("CONCEDE/RETREAT", 1)),
                Map.entry("REQUEST", Map.of("REQUEST", 1)),
                Map.entry("ASSAULT", Map.of("THREATEN", 1, "ASSAULT", 1)));
        assertThat(result.confusion().get("ASSAULT").keySet()).containsExactly("THREATEN", "ASSAULT");

        assertThat(missesA).singleElement().satisfies(miss -> {
            assertThat(miss.coding()).isEqualTo(FIGHT);
            assertThat(miss.kind()).isEqualTo(Miss.Kind.WRONG_TYPE);
            assertThat(miss.goldType()).isEqualTo("ASSAULT");
            assertThat(miss.parleyType()).isEqualTo("THREATEN");
            assertThat(miss.events()).hasSize(4);
        });
        assertThat(missesB).isEmpty();
        assertThat(missesC).singleElement().satisfies(miss -> {
            assertThat(miss.coding()).isEqualTo(VISIT);
            assertThat(miss.kind()).isEqualTo(Miss.Kind.MISSED);
            assertThat(miss.goldType()).isEqualTo("CONSULT");
            assertThat(miss.parleyType()).isNull();
        });
    }

    @Test
    void extrasAreTheEventsThatPrecisionCountsAsWrong() {
        Evaluation evaluation = new Evaluation("t", CAMEO);
        List<EventMention> a = List.of(DEMANDED, THREATENED, RETREATED, MET, MET);
        List<EventMention> c = List.of(CONSULTED, FOUGHT);

        evaluation.add(WITH_PLACE, a);
        evaluation.add(NO_EVENT, List.of(VISITED));
        evaluation.add(CAMEO_CODED, c);

        // MET (ZZZ->FRE) matches no coding of A, each time it is coded; in B every event is extra; in C
        // CONSULTED has no target where the visit has one.
        assertThat(Evaluation.extras(WITH_PLACE, a)).containsExactly(MET, MET);
        assertThat(Evaluation.extras(NO_EVENT, List.of(VISITED))).containsExactly(VISITED);
        assertThat(Evaluation.extras(CAMEO_CODED, c)).containsExactly(CONSULTED);
        assertThat(Evaluation.extras(CAMEO_CODED, List.of())).isEmpty();
        Ratio precision = evaluation.result().precision();
        assertThat(precision.denominator() - precision.numerator()).isEqualTo(4);
    }

    @Test
    void wrongTypesGoToTheConfusionMatrix() {
        Evaluation evaluation = new Evaluation("t", CAMEO);
        evaluation.add(new GoldRecord("t", "A", "a", null, List.of(FIGHT), null), List.of(THREATENED));

        assertThat(evaluation.result().confusion()).containsExactly(Map.entry("ASSAULT", Map.of("THREATEN", 1)));
    }

    @Test
    void directionMattersAndAnEmptyGoldCodingMatchesNothing() {
        Evaluation evaluation = new Evaluation("t", CAMEO);
        GoldCoding reversed = new GoldCoding("CHN", "USA", "042", null);
        GoldCoding empty = new GoldCoding(null, null, "042", null);

        evaluation.add(new GoldRecord("t", "A", "a", null, List.of(reversed, empty), null), List.of(VISITED));

        assertThat(evaluation.result().pairRecall()).isEqualTo(new Ratio(0, 2));
        assertThat(evaluation.result().precision()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void aPlaceCheckSaysWhyTheScoredPlaceIsRightOrWrong() {
        Place bern = new Place("Bern", "CHE", 46.95, 7.45);
        EventMention metInBern = event("040", "CONSULT", actor("ZZZ", "ZZZ"), actor("FRE", "FRE"), bern);

        PlaceCheck right = Evaluation.checkPlace(WITH_PLACE, List.of(metInBern, DEMANDED));
        PlaceCheck wrong = Evaluation.checkPlace(WITH_PLACE, List.of(metInBern, THREATENED));
        PlaceCheck none = Evaluation.checkPlace(WITH_PLACE, List.of(THREATENED));
        PlaceCheck noEvent = Evaluation.checkPlace(WITH_PLACE, List.of());

        // The matched event's place is scored before an earlier unmatched one's.
        assertThat(right.scored()).isEqualTo(GENEVA);
        assertThat(right.eventPlaces()).containsExactly(bern, GENEVA);
        assertThat(right.cause()).isEqualTo(PlaceCheck.Cause.RIGHT);
        assertThat(right.countryRight()).isTrue();
        assertThat(wrong.scored()).isEqualTo(bern);
        assertThat(wrong.nameRight()).isFalse();
        assertThat(wrong.countryRight()).isTrue();
        assertThat(wrong.cause()).isEqualTo(PlaceCheck.Cause.WRONG_PLACE);
        assertThat(none.cause()).isEqualTo(PlaceCheck.Cause.NO_PLACE);
        assertThat(none.eventPlaces()).containsExactly((Place) null);
        assertThat(noEvent.cause()).isEqualTo(PlaceCheck.Cause.NO_EVENT);
        assertThat(noEvent.countryRight()).isFalse();
        assertThat(Evaluation.checkPlace(NO_EVENT, List.of(DEMANDED))).isNull();
    }

    @Test
    void aPlaceIsRightWhenOneNameHoldsTheOtherAsWholeWords() {
        assertThat(Evaluation.sameName("province of Herat", "Herat")).isTrue();
        assertThat(Evaluation.sameName("Sarajevo", "sarajevo")).isTrue();
        assertThat(Evaluation.sameName("Bogotá", "Bogota")).isTrue();
        assertThat(Evaluation.sameName("Herat", "Kabul")).isFalse();
        assertThat(Evaluation.sameName("Rafah", "Rafahiya")).isFalse();
        assertThat(Evaluation.sameName("Iraq", null)).isFalse();
    }

    @Test
    void goldTypesComeFromOlderPloverLabelsOrFromCameo() {
        EventTypes types = new EventTypes(CAMEO);

        assertThat(types.fold("DISAPPROVE")).isEqualTo("ACCUSE");
        assertThat(types.fold("YIELD")).isEqualTo("CONCEDE/RETREAT");
        assertThat(types.fold("INVESTIGATE")).isEqualTo("ACCUSE");
        assertThat(types.fold("SANCTION")).isEqualTo("SANCTION");
        assertThat(types.of(new GoldCoding("A", "B", "1010", null))).isEqualTo("REQUEST");
        assertThat(types.of(new GoldCoding("A", "B", "903", null))).isNull();
        assertThat(types.cameoRoot("0352")).isEqualTo("03");
    }

    @Test
    void actorsAgreeOnTheirPrimaryCode() {
        assertThat(ActorCodes.agree("IGO", actor("IGOUNOIAE", "IGOUNOIAE"))).isTrue();
        assertThat(ActorCodes.agree("JAP", actor("JPNGOV", "JPN"))).isTrue();
        assertThat(ActorCodes.agree("ISRGOV", actor("ISRMIL", "ISR"))).isTrue();
        assertThat(ActorCodes.agree("ISRGOV", actor("GOV", null))).isFalse();
        assertThat(ActorCodes.agree("ISR", null)).isFalse();
        assertThat(ActorCodes.same("ITLGOV", actor("ITAGOV", "ITA"))).isTrue();
        assertThat(ActorCodes.same("ISRGOV", actor("ISRMIL", "ISR"))).isFalse();
    }

    private static Actor actor(String code, String country) {
        return new Actor(code.toLowerCase(), code, country, null, new Span(0, 1));
    }

    private static EventMention event(String code, String plover, Actor source, Actor target, Place place) {
        return new EventMention("doc", 0, code, code.substring(0, 2), plover, 1, 0.0, source, target,
                new Trigger("did", new Span(2, 5)), null, place, false, Mood.ASSERTED, null, "text", new Span(0, 10), 0.5);
    }
}
