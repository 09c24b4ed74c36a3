package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The read endpoints against a real server on a free port over a real DuckDB fixture database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParleyServerTest {

    private EventDatabase db;
    private ParleyServer server;
    private ApiClient api;

    @BeforeAll
    void start(@TempDir Path directory) {
        db = SampleEvents.create(directory);
        server = ParleyServer.builder(db.connection()).build();
        api = new ApiClient(server.start(0));
    }

    @AfterAll
    void stop() {
        server.stop();
        db.close();
    }

    @Test
    void listsAllEventsNewestFirstWithTheTotal() {
        ApiClient.Answer answer = api.get("/api/events");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isEqualTo(7);
        assertThat(ids(answer)).containsExactly("e7", "e4", "e5", "e3", "e1", "e2", "e6");
    }

    @Test
    void pagesWithLimitAndOffsetKeepingTheTotal() {
        ApiClient.Answer answer = api.get("/api/events?limit=2&offset=2");
        assertThat(answer.json().get("total").asLong()).isEqualTo(7);
        assertThat(answer.json().get("limit").asInt()).isEqualTo(2);
        assertThat(answer.json().get("offset").asInt()).isEqualTo(2);
        assertThat(ids(answer)).containsExactly("e5", "e3");
    }

    @Test
    void anEventCarriesItsCodesActorsPlaceCountsAndEveryMentionWithSpans() {
        JsonNode event = api.get("/api/events/e1").json();
        assertThat(event.get("code").asText()).isEqualTo("040");
        assertThat(event.get("root").asText()).isEqualTo("04");
        assertThat(event.get("plover").asText()).isEqualTo("CONSULT");
        assertThat(event.get("quad").asInt()).isEqualTo(1);
        assertThat(event.get("goldstein").asDouble()).isEqualTo(3.0);
        assertThat(event.get("source").get("code").asText()).isEqualTo("ISRGOV");
        assertThat(event.get("target").get("code").asText()).isEqualTo("RUSGOV");
        assertThat(event.get("date").asText()).isEqualTo("2017-08-08");
        assertThat(event.get("place").get("name").asText()).isEqualTo("Amman");
        assertThat(event.get("place").get("lat").asDouble()).isEqualTo(31.95);
        assertThat(event.get("mentionCount").asInt()).isEqualTo(2);
        assertThat(event.get("sourceCount").asInt()).isEqualTo(2);
        assertThat(event.get("documentCount").asInt()).isEqualTo(2);
        assertThat(event.get("url").asText()).isEqualTo("https://news.example/d1");
        JsonNode first = event.get("mentions").get(0);
        assertThat(first.get("id").asText()).isEqualTo("d1:0:0");
        assertThat(first.get("doc").asText()).isEqualTo("d1");
        assertThat(first.get("title").asText()).isEqualTo("Envoys meet in Amman");
        assertThat(first.get("trigger").toString()).isEqualTo("{\"text\":\"met\",\"span\":[15,18]}");
        assertThat(first.get("source").get("span").toString()).isEqualTo("[0,14]");
        assertThat(first.get("target").get("span").toString()).isEqualTo("[19,36]");
        assertThat(first.get("evidence").toString()).isEqualTo(
                "{\"text\":\"Israeli envoys met Russian officials in Amman on Tuesday.\",\"span\":[0,57]}");
        assertThat(event.get("mentions").get(1).get("id").asText()).isEqualTo("d2:0:0");
        assertThat(event.get("mentions").get(1).get("trigger").get("text").asText()).isEqualTo("consulted");
    }

    @Test
    void filtersByActorPrefixOnEitherSide() {
        assertThat(ids(api.get("/api/events?actor=isr"))).containsExactly("e7", "e4", "e1", "e6");
        assertThat(ids(api.get("/api/events?source=ISR&target=RUS"))).containsExactly("e7", "e1");
        assertThat(ids(api.get("/api/events?target=RUSGOV"))).containsExactly("e7", "e5", "e1");
    }

    @Test
    void filtersByCodeRootPloverCountryAndDates() {
        assertThat(ids(api.get("/api/events?code=040"))).containsExactly("e1");
        assertThat(ids(api.get("/api/events?root=11"))).containsExactly("e4", "e6");
        assertThat(ids(api.get("/api/events?plover=accuse"))).containsExactly("e4", "e6");
        assertThat(ids(api.get("/api/events?country=JOR"))).containsExactly("e1", "e2");
        assertThat(ids(api.get("/api/events?from=2017-09"))).containsExactly("e7", "e4", "e5", "e6");
        assertThat(ids(api.get("/api/events?from=2017-08-09&to=2017-08-31"))).containsExactly("e3", "e2", "e6");
    }

    @Test
    void filtersByTextInTheEvidence() {
        assertThat(ids(api.get("/api/events?q=Amman"))).containsExactly("e1");
        assertThat(ids(api.get("/api/events?q=shelling"))).containsExactly("e3");
        assertThat(ids(api.get("/api/events?q=Israel&plover=REQUEST"))).containsExactly("e7");
        assertThat(api.get("/api/events?q=zeppelin").json().get("total").asLong()).isZero();
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        assertError(api.get("/api/events?limit=0"), 400, "parameter 'limit': a whole number from 1 to 500, got '0'");
        assertError(api.get("/api/events?plover=HUG"), 400,
                "parameter 'plover': a PLOVER type such as CONSULT or ASSAULT, got 'HUG'");
        assertError(api.get("/api/events?root=21"), 400, "parameter 'root': a CAMEO root code from 01 to 20, got '21'");
        assertError(api.get("/api/events?from=2017-13"), 400,
                "parameter 'from': a date such as 2017, 2017-07 or 2017-07-14, got '2017-13'");
        assertError(api.get("/api/events?from=2018&to=2017"), 400, "parameter 'to': 2017-12-31 is before 'from' 2018-01-01");
        assertError(api.get("/api/timeline?interval=year"), 400,
                "parameter 'interval': one of day, month, week, got 'year'");
        assertError(api.get("/api/search"), 400, "parameter 'q': required, the words to search for");
    }

    @Test
    void unknownIdsAndEndpointsAre404() {
        assertError(api.get("/api/events/e99"), 404, "no event with id 'e99'");
        assertError(api.get("/api/documents/d99"), 404, "no document with id 'd99'");
        assertError(api.get("/api/nothing"), 404, "no endpoint GET /api/nothing");
    }

    @Test
    void aDocumentHasItsTextAndTheSpansOfEveryCodedEvent() {
        JsonNode document = api.get("/api/documents/d1").json();
        assertThat(document.get("text").asText()).isEqualTo(SampleEvents.D1);
        assertThat(document.get("published").asText()).isEqualTo("2017-08-10");
        assertThat(document.get("source").asText()).isEqualTo("Gazette");
        JsonNode mentions = document.get("mentions");
        assertThat(mentions).hasSize(3);
        assertThat(mentions.get(1).get("event").asText()).isEqualTo("e6");
        assertThat(mentions.get(1).get("trigger").get("span").toString()).isEqualTo("[65,75]");
        assertThat(mentions.get(1).get("target").isNull()).isTrue();
        assertThat(mentions.get(1).get("evidence").get("span").toString()).isEqualTo("[58,95]");
        assertThat(mentions.get(2).get("source").get("span").toString()).isEqualTo("[96,102]");
        assertThat(mentions.get(2).get("trigger").get("span").toString()).isEqualTo("[103,111]");
        assertThat(mentions.get(2).get("target").get("span").toString()).isEqualTo("[119,143]");
    }

    @Test
    void dyadsCountEventsWithMeanGoldsteinMostFrequentFirst() {
        JsonNode dyads = api.get("/api/dyads").json().get("dyads");
        assertThat(dyads).hasSize(4);
        assertThat(dyads.get(0).toString()).isEqualTo(
                "{\"source\":\"ISRGOV\",\"target\":\"RUSGOV\",\"period\":\"all\",\"events\":2,\"mentions\":3,\"goldstein\":2.0}");
        assertThat(dyads.get(1).toString()).isEqualTo(
                "{\"source\":\"IRNGOV\",\"target\":\"ISRGOV\",\"period\":\"all\",\"events\":1,\"mentions\":1,\"goldstein\":-4.0}");
        JsonNode monthly = api.get("/api/dyads?level=country&period=month&source=ISR").json().get("dyads");
        assertThat(monthly.toString()).isEqualTo("[{\"source\":\"ISR\",\"target\":\"RUS\",\"period\":\"2017-08\","
                + "\"events\":1,\"mentions\":2,\"goldstein\":3.0},{\"source\":\"ISR\",\"target\":\"RUS\","
                + "\"period\":\"2017-09\",\"events\":1,\"mentions\":1,\"goldstein\":1.0}]");
    }

    @Test
    void theTimelineCountsQuadClassesPerMonthLeavingOutEventsWithoutAMonth() {
        JsonNode timeline = api.get("/api/timeline?actor=ISR").json();
        assertThat(timeline.get("interval").asText()).isEqualTo("month");
        assertThat(timeline.get("actor").asText()).isEqualTo("ISR");
        assertThat(timeline.get("buckets").toString()).isEqualTo("[{\"period\":\"2017-08\",\"start\":\"2017-08-01\","
                + "\"events\":1,\"verbalCooperation\":1,\"materialCooperation\":0,\"verbalConflict\":0,"
                + "\"materialConflict\":0,\"goldstein\":3.0},{\"period\":\"2017-09\",\"start\":\"2017-09-01\","
                + "\"events\":2,\"verbalCooperation\":1,\"materialCooperation\":0,\"verbalConflict\":1,"
                + "\"materialConflict\":0,\"goldstein\":-1.5}]");
        JsonNode weekly = api.get("/api/timeline?source=ISR&target=RUS&interval=week").json().get("buckets");
        assertThat(weekly.get(0).get("period").asText()).isEqualTo("2017-W32");
        assertThat(weekly.get(1).get("period").asText()).isEqualTo("2017-W36");
    }

    @Test
    void searchFindsSentencesAndDocumentsWithHighlights() {
        JsonNode result = api.get("/api/search?q=agreements").json();
        assertThat(result.get("total").asLong()).isEqualTo(2);
        JsonNode hits = result.get("hits");
        List<String> kinds = new ArrayList<>();
        hits.forEach(hit -> kinds.add(hit.get("kind").asText() + ":" + hit.get("doc").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("sentence:d3", "document:d3");
        JsonNode sentence = api.get("/api/search?q=agreements&kind=sentence").json().get("hits").get(0);
        assertThat(sentence.get("text").asText()).isEqualTo("Iran and Russia signed an agreement.");
        assertThat(sentence.get("sentence").asInt()).isEqualTo(1);
        assertThat(sentence.get("events").toString()).isEqualTo("[\"e5\"]");
        assertThat(sentence.get("marks").toString()).isEqualTo("[[26,35]]");
        JsonNode document = api.get("/api/search?q=agreements&kind=document").json().get("hits").get(0);
        assertThat(document.get("title").asText()).isEqualTo("Tehran and Moscow sign");
        assertThat(document.get("text").asText()).isEqualTo(SampleEvents.D3);
        assertThat(document.get("marks").toString()).isEqualTo("[[63,72]]");
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        JsonNode openapi = api.get("/api/openapi.json").json();
        assertThat(openapi.get("openapi").asText()).isEqualTo("3.0.3");
        List<String> paths = new ArrayList<>();
        openapi.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactly("/api/events", "/api/events/{id}", "/api/documents", "/api/documents/{id}",
                "/api/dyads", "/api/timeline", "/api/search");
    }

    @Test
    void servesTheWebPage() {
        ApiClient.Answer page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.response().body()).contains("<title>Parley</title>");
        assertThat(api.get("/vendor/countries-110m.json").status()).isEqualTo(200);
    }

    static List<String> ids(ApiClient.Answer answer) {
        List<String> ids = new ArrayList<>();
        answer.json().get("events").forEach(event -> ids.add(event.get("id").asText()));
        return ids;
    }

    static void assertError(ApiClient.Answer answer, int status, String message) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.json().toString()).isEqualTo(ApiClient.json(
                "{\"error\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(message) + ",\"status\":" + status + "}")
                .toString());
    }
}
