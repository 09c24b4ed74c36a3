package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.serve.ParleyServerTest.assertError;
import static org.parley.serve.ParleyServerTest.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;

/** POST /api/documents: the token, the body's checks, and a fake intake that stores rows with JDBC. */
class DocumentPostTest {

    private static final String TOKEN = "s3cret";
    private static final String BODY = "{\"id\":\"d9\",\"title\":\"Border clash\",\"source\":\"Herald\","
            + "\"date\":\"2017-10-02\",\"text\":\"Turkish troops attacked Kurdish fighters near Afrin.\"}";

    @TempDir
    Path directory;

    private final List<Document> received = new ArrayList<>();
    private EventDatabase db;
    private ParleyServer server;

    @AfterEach
    void stop() {
        server.stop();
        db.close();
    }

    private ApiClient start(String token, DocumentIntake intake) {
        db = SampleEvents.create(directory);
        server = ParleyServer.builder(db.connection()).token(token).intake(intake).build();
        return new ApiClient(server.start(0));
    }

    /** Stores the document and one ASSAULT mention of its first sentence, as the real pipeline would. */
    private String fakeCoding(Document document) {
        received.add(document);
        db.document(document.id(), document.title(), document.source(), document.published() == null ? null : document.published().toString(),
                document.text());
        db.mention(document.id(), 0, "190").source("Turkish troops", "TURMIL", "TUR", "MIL")
                .target("Kurdish fighters", "KURREB", null, "REB").trigger("attacked").date("2017-10-01")
                .place("Afrin", "SYR", 36.51, 36.87).event("e9").insert();
        db.groupEvents();
        return document.id();
    }

    @Test
    void storesACodedDocumentAndAnswers201WithIt() {
        ApiClient api = start(TOKEN, this::fakeCoding);
        ApiClient.Answer answer = api.post("/api/documents", BODY, TOKEN);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/api/documents/d9");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).published()).hasToString("2017-10-02");
        assertThat(received.get(0).origin()).isEqualTo("api");
        JsonNode document = answer.json();
        assertThat(document.get("id").asText()).isEqualTo("d9");
        assertThat(document.get("mentions").get(0).get("trigger").toString())
                .isEqualTo("{\"text\":\"attacked\",\"span\":[15,23]}");
        assertThat(ids(api.get("/api/events?actor=TUR"))).containsExactly("e9");
        assertThat(api.get("/api/events").json().get("total").asLong()).isEqualTo(8);
        JsonNode hit = api.get("/api/search?q=Afrin&kind=sentence").json().get("hits").get(0);
        assertThat(hit.get("doc").asText()).isEqualTo("d9");
        assertThat(hit.get("events").toString()).isEqualTo("[\"e9\"]");
    }

    @Test
    void aDocumentWithoutIdGetsTheIngestHashOfItsText() {
        ApiClient api = start(TOKEN, this::fakeCoding);
        ApiClient.Answer answer = api.post("/api/documents",
                "{\"text\":\"Turkish troops attacked Kurdish fighters near Afrin.\"}", TOKEN);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(received.get(0).id()).matches("[0-9a-f]{16}");
        assertThat(answer.json().get("id").asText()).isEqualTo(received.get(0).id());
    }

    @Test
    void withoutTokenIs401AndWithAWrongOneIs403() {
        ApiClient api = start(TOKEN, this::fakeCoding);
        ApiClient.Answer missing = api.post("/api/documents", BODY, null);
        assertError(missing, 401, "an API token is required: send 'Authorization: Bearer TOKEN'");
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertError(api.post("/api/documents", BODY, "guess"), 403, "the API token is not valid");
        assertThat(received).isEmpty();
    }

    @Test
    void aServerWithoutTokenRefusesPosts() {
        ApiClient api = start(null, this::fakeCoding);
        assertError(api.post("/api/documents", BODY, "anything"), 403,
                "posting documents is disabled: the server was started without an API token");
    }

    @Test
    void badBodiesAre400NamingTheField() {
        ApiClient api = start(TOKEN, this::fakeCoding);
        assertError(api.post("/api/documents", "{\"title\":\"x\"}", TOKEN), 400,
                "field 'text': required, the document's text");
        assertError(api.post("/api/documents", "{\"text\":42}", TOKEN), 400, "field 'text': expected a string");
        assertError(api.post("/api/documents", "[1]", TOKEN), 400,
                "body: expected a JSON object {id?, title?, source?, url?, date?, text}");
        assertError(api.post("/api/documents", "{\"text\":\"Iran protested.\",\"date\":\"soon\"}", TOKEN), 400,
                "field 'date': expected a date such as 2017-08-10, got 'soon'");
        assertThat(api.post("/api/documents", "{not json", TOKEN).json().get("error").asText())
                .startsWith("body: not valid JSON: ");
        assertThat(received).isEmpty();
    }

    @Test
    void withoutCodingConfiguredIs503() {
        ApiClient api = start(TOKEN, DocumentIntake.unavailable("coding not configured"));
        assertError(api.post("/api/documents", BODY, TOKEN), 503, "coding not configured");
    }

    @Test
    void privateReadsNeedTheTokenToo() {
        db = SampleEvents.create(directory);
        server = ParleyServer.builder(db.connection()).token(TOKEN).privateReads(true).build();
        ApiClient api = new ApiClient(server.start(0));
        assertError(api.get("/api/events"), 401, "an API token is required: send 'Authorization: Bearer TOKEN'");
        assertThat(api.get("/api/openapi.json").status()).isEqualTo(200);
    }
}
