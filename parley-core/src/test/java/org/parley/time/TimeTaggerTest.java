package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/** One time expression per sentence, published Thursday 10 August 2017: its tokens, text, value and tags. */
class TimeTaggerTest {
    private static final TimeTagger TAGGER = TimeTagger.english();
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    @ParameterizedTest(name = "{0} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // absolute dates
            "The/DT talks/NNS began/VBD on/IN March/NNP 3/CD ~,/, 2017/CD ./. | 4 | 8 | March 3, 2017 | DATE | 2017-03-03",
            "Troops/NNS left/VBD on/IN 3/CD March/NNP 2017/CD | 3 | 6 | 3 March 2017 | DATE | 2017-03-03",
            "Troops/NNS left/VBD on/IN 3/CD March/NNP ~,/, 2017/CD | 3 | 7 | 3 March, 2017 | DATE | 2017-03-03",
            "It/PRP ended/VBD Mar./NNP 3/CD 2017/CD | 2 | 5 | Mar. 3 2017 | DATE | 2017-03-03",
            "The/DT decree/NN of/IN 2017-03-03/CD stands/VBZ | 3 | 4 | 2017-03-03 | DATE | 2017-03-03",
            "Elections/NNS were/VBD held/VBN in/IN March/NNP 2017/CD | 4 | 6 | March 2017 | DATE | 2017-03",
            "Turnout/NN fell/VBD in/IN 2017/CD | 3 | 4 | 2017 | DATE | 2017",
            "The/DT 2014/CD election/NN was/VBD close/JJ | 1 | 2 | 2014 | DATE | 2014",
            "Rebels/NNS have/VBP fought/VBN since/IN 1994/CD | 4 | 5 | 1994 | DATE | 1994",
            "They/PRP met/VBD on/IN March/NNP 3/CD | 3 | 5 | March 3 | DATE | XXXX-03-03",
            "They/PRP met/VBD on/IN 3/CD March/NNP | 3 | 5 | 3 March | DATE | XXXX-03-03",
            "They/PRP met/VBD on/IN the/DT 3rd/JJ of/IN March/NNP | 3 | 7 | the 3rd of March | DATE | XXXX-03-03",
            "Voting/NN resumes/VBZ in/IN March/NNP | 3 | 4 | March | DATE | XXXX-03",
            "Voting/NN resumes/VBZ in/IN May/NNP | 3 | 4 | May | DATE | XXXX-05",
            "Talks/NNS open/VBP May/NNP 9/CD | 2 | 4 | May 9 | DATE | XXXX-05-09",
            "Monday/NNP ~,/, March/NNP 3/CD was/VBD calm/JJ | 0 | 4 | Monday, March 3 | DATE | XXXX-03-03",
            "Prices/NNS rose/VBD in/IN mid-March/NN | 3 | 4 | mid-March | DATE | XXXX-03",
            "Growth/NN slowed/VBD in/IN the/DT 1990s/CD | 3 | 5 | the 1990s | DATE | 199X",
            "Exports/NNS rose/VBD in/IN the/DT first/JJ quarter/NN of/IN 2017/CD | 3 | 8 | the first quarter of 2017 | DATE | 2017-Q1",
            "Fighting/NN escalated/VBD last/JJ summer/NN | 2 | 4 | last summer | DATE | 2016-SU",
            "A/DT deal/NN is/VBZ expected/VBN this/DT spring/NN | 4 | 6 | this spring | DATE | 2017-SP",
            // relative to the publication date
            "He/PRP spoke/VBD today/NN | 2 | 3 | today | DATE | 2017-08-10",
            "She/PRP arrived/VBD this/DT morning/NN | 2 | 4 | this morning | DATE | 2017-08-10TMO",
            "Talks/NNS resume/VBP tonight/NN | 2 | 3 | tonight | DATE | 2017-08-10TNI",
            "Police/NNS arrived/VBD yesterday/NN | 2 | 3 | yesterday | DATE | 2017-08-09",
            "Shells/NNS fell/VBD overnight/RB | 2 | 3 | overnight | DATE | 2017-08-10TNI",
            "Rallies/NNS grew/VBD this/DT past/JJ weekend/NN | 2 | 5 | this past weekend | DATE | 2017-W31-WE",
            "Prices/NNS rose/VBD at/IN the/DT end/NN of/IN last/JJ month/NN | 3 | 8 | the end of last month | DATE | 2017-07",
            "Prices/NNS rose/VBD at/IN the/DT start/NN of/IN 2016/CD | 3 | 7 | the start of 2016 | DATE | 2016",
            "Shelling/NN continued/VBD last/JJ night/NN | 2 | 4 | last night | DATE | 2017-08-09TNI",
            "Delegates/NNS leave/VBP tomorrow/NN | 2 | 3 | tomorrow | DATE | 2017-08-11",
            "They/PRP met/VBD this/DT week/NN | 2 | 4 | this week | DATE | 2017-W32",
            "They/PRP met/VBD last/JJ week/NN | 2 | 4 | last week | DATE | 2017-W31",
            "They/PRP meet/VBP next/JJ week/NN | 2 | 4 | next week | DATE | 2017-W33",
            "Exports/NNS fell/VBD this/DT month/NN | 2 | 4 | this month | DATE | 2017-08",
            "Exports/NNS fell/VBD last/JJ month/NN | 2 | 4 | last month | DATE | 2017-07",
            "Exports/NNS recover/VBP next/JJ month/NN | 2 | 4 | next month | DATE | 2017-09",
            "Exports/NNS fell/VBD this/DT year/NN | 2 | 4 | this year | DATE | 2017",
            "Exports/NNS fell/VBD last/JJ year/NN | 2 | 4 | last year | DATE | 2016",
            "Exports/NNS recover/VBP next/JJ year/NN | 2 | 4 | next year | DATE | 2018",
            "Prices/NNS rose/VBD earlier/RBR this/DT month/NN | 2 | 5 | earlier this month | DATE | 2017-08",
            "Prices/NNS rose/VBD earlier/RBR this/DT year/NN | 2 | 5 | earlier this year | DATE | 2017",
            "Ministers/NNS meet/VBP later/RB this/DT week/NN | 2 | 5 | later this week | DATE | 2017-W32",
            "Ministers/NNS meet/VBP early/JJ next/JJ year/NN | 2 | 5 | early next year | DATE | 2018",
            "Ministers/NNS met/VBD late/JJ last/JJ month/NN | 2 | 5 | late last month | DATE | 2017-07",
            "This/DT weekend/NN was/VBD quiet/JJ | 0 | 2 | This weekend | DATE | 2017-W32-WE",
            "The/DT army/NN withdrew/VBD two/CD days/NNS ago/RB | 3 | 6 | two days ago | DATE | 2017-08-08",
            "The/DT army/NN withdrew/VBD three/CD weeks/NNS ago/RB | 3 | 6 | three weeks ago | DATE | 2017-W29",
            "The/DT army/NN withdrew/VBD two/CD months/NNS ago/RB | 3 | 6 | two months ago | DATE | 2017-06",
            "The/DT army/NN withdrew/VBD five/CD years/NNS ago/RB | 3 | 6 | five years ago | DATE | 2012",
            "The/DT army/NN withdrew/VBD a/DT decade/NN ago/RB | 3 | 6 | a decade ago | DATE | 2007",
            "Envoys/NNS met/VBD last/JJ Friday/NNP | 2 | 4 | last Friday | DATE | 2017-08-04",
            "Envoys/NNS meet/VBP next/JJ Monday/NNP | 2 | 4 | next Monday | DATE | 2017-08-14",
            "Israel/NNP/LOCATION said/VBD on/IN Sunday/NNP that/IN | 3 | 4 | Sunday | DATE | 2017-08-06",
            "Gunmen/NNS struck/VBD Friday/NNP night/NN | 2 | 4 | Friday night | DATE | 2017-08-04TNI",
            "Tuesday/NNP morning/NN was/VBD calm/JJ | 0 | 2 | Tuesday morning | DATE | 2017-08-08TMO",
            "Voters/NNS go/VBP to/TO polls/NNS on/IN Thursday/NNP | 5 | 6 | Thursday | DATE | 2017-08-10",
            // vague and anaphoric
            "Talks/NNS are/VBP now/RB stalled/VBN | 2 | 3 | now | DATE | PRESENT_REF",
            "Talks/NNS are/VBP currently/RB stalled/VBN | 2 | 3 | currently | DATE | PRESENT_REF",
            "At/IN present/JJ talks/NNS are/VBP stalled/VBN | 0 | 2 | At present | DATE | PRESENT_REF",
            "Talks/NNS recently/RB stalled/VBD | 1 | 2 | recently | DATE | PAST_REF",
            "Talks/NNS stalled/VBD in/IN recent/JJ days/NNS | 3 | 5 | recent days | DATE | PAST_REF",
            "Talks/NNS stalled/VBD in/IN recent/JJ months/NNS | 3 | 5 | recent months | DATE | PAST_REF",
            "Talks/NNS have/VBP lately/RB stalled/VBN | 2 | 3 | lately | DATE | PAST_REF",
            "Talks/NNS resume/VBP soon/RB | 2 | 3 | soon | DATE | FUTURE_REF",
            "Talks/NNS resume/VBP in/IN the/DT coming/VBG weeks/NNS | 3 | 6 | the coming weeks | DATE | FUTURE_REF",
            "They/PRP had/VBD met/VBN the/DT previous/JJ day/NN | 3 | 6 | the previous day | DATE | null",
            "They/PRP had/VBD met/VBN the/DT day/NN before/RB ./. | 3 | 6 | the day before | DATE | null",
            "They/PRP had/VBD met/VBN a/DT week/NN earlier/RBR | 3 | 6 | a week earlier | DATE | null",
            "They/PRP met/VBD again/RB the/DT following/JJ week/NN | 3 | 6 | the following week | DATE | null",
            "They/PRP met/VBD again/RB two/CD days/NNS later/RB | 3 | 6 | two days later | DATE | null",
            "They/PRP left/VBD the/DT same/JJ day/NN | 2 | 5 | the same day | DATE | null",
            "Ministers/NNS met/VBD the/DT day/NN after/IN the/DT vote/NN | 2 | 5 | the day after | DATE | null",
            // durations and sets
            "He/PRP ruled/VBD for/IN three/CD years/NNS | 3 | 5 | three years | DURATION | P3Y",
            "The/DT siege/NN lasted/VBD 48/CD hours/NNS | 3 | 5 | 48 hours | DURATION | PT48H",
            "The/DT truce/NN held/VBD two/CD weeks/NNS | 3 | 5 | two weeks | DURATION | P2W",
            "Clashes/NNS spread/VBD in/IN the/DT past/JJ three/CD days/NNS | 3 | 7 | the past three days | DURATION | P3D",
            "The/DT war/NN lasted/VBD more/JJR than/IN a/DT decade/NN | 3 | 7 | more than a decade | DURATION | P10Y",
            "Rebels/NNS have/VBP fought/VBN for/IN years/NNS | 4 | 5 | years | DURATION | PXY",
            "Inspectors/NNS visit/VBP every/DT week/NN | 2 | 4 | every week | SET | P1W",
            "Inspectors/NNS report/VBP daily/RB | 2 | 3 | daily | SET | P1D",
            "The/DT weekly/JJ briefing/NN resumed/VBD | 1 | 2 | weekly | SET | P1W",
            "The/DT council/NN meets/VBZ twice/RB a/DT year/NN | 3 | 6 | twice a year | SET | P1Y",
            // the weekend after a preposition, hyphenated durations, intervals from another event
            "Talks/NNS ended/VBD on/IN the/DT weekend/NN | 3 | 5 | the weekend | DATE | 2017-W31-WE",
            "Talks/NNS ended/VBD at/IN the/DT weekend/NN | 3 | 5 | the weekend | DATE | 2017-W31-WE",
            "Rallies/NNS grew/VBD over/IN the/DT weekend/NN | 3 | 5 | the weekend | DATE | 2017-W31-WE",
            "They/PRP agreed/VBD a/DT 48-hour/JJ ceasefire/NN | 3 | 4 | 48-hour | DURATION | PT48H",
            "He/PRP won/VBD a/DT two-year/JJ term/NN | 3 | 4 | two-year | DURATION | P2Y",
            "It/PRP imposed/VBD a/DT 12-month/JJ ban/NN | 3 | 4 | 12-month | DURATION | P12M",
            "It/PRP signed/VBD a/DT twenty-five-year/JJ lease/NN | 3 | 4 | twenty-five-year | DURATION | P25Y",
            "He/PRP left/VBD less/JJR than/IN a/DT day/NN after/IN the/DT vote/NN | 2 | 7 | less than a day after | DURATION | null",
            "He/PRP left/VBD a/DT day/NN after/IN the/DT vote/NN | 2 | 5 | a day after | DATE | null",
            "He/PRP left/VBD days/NNS before/IN July/NNP | 4 | 5 | July | DATE | XXXX-07",
            // times of day
            "Voting/NN opens/VBZ at/IN 10/CD a.m./NN | 3 | 5 | 10 a.m. | TIME | T10:00",
            "Voting/NN closes/VBZ at/IN 10/CD p.m./NN | 3 | 5 | 10 p.m. | TIME | T22:00",
            "The/DT curfew/NN starts/VBZ at/IN 0900/CD GMT/NNP | 4 | 6 | 0900 GMT | TIME | T09:00",
            "Voting/NN opens/VBZ at/IN 7:30/CD | 3 | 4 | 7:30 | TIME | T07:30",
            "The/DT ceasefire/NN began/VBD at/IN noon/NN | 4 | 5 | noon | TIME | T12:00",
            "The/DT ceasefire/NN began/VBD at/IN midnight/NN | 4 | 5 | midnight | TIME | T00:00"})
    void tagsOneExpression(String sentence, int start, int end, String text, String type, String value) {
        List<Token> tokens = Words.of(sentence);

        TimeTagger.Tagged tagged = TAGGER.tag(tokens, PUBLISHED);

        Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
        assertThat(tagged.times()).containsExactly(new TimeExpression(start, end, text, value, span));
        for (int i = 0; i < tokens.size(); i++) {
            boolean inside = i >= start && i < end;
            assertThat(tagged.tokens().get(i).ner()).as("tag of %s", tokens.get(i).word())
                    .isEqualTo(inside ? type : tokens.get(i).ner());
        }
    }
}
