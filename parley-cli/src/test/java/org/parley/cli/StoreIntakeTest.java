package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.dedup.Dedup;
import org.parley.ontology.Cameo;
import org.parley.serve.ParleyServer;
import org.parley.store.EventStore;

/** A document posted to the server is coded, stored in the real event store and read back at once. */
class StoreIntakeTest {

    @TempDir
    Path dir;

    private EventStore store;
    private DuckDBConnection readers;
    private ParleyServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (readers != null) {
            readers.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aPostedDocumentIsCodedStoredAndReadableByItsId() throws IOException, InterruptedException {
        store = EventStore.open(dir.resolve("events.duckdb"));
        readers = store.readerConnection();
        server = ParleyServer.builder(readers).token("secret")
                .intake(new StoreIntake(store, new Fakes().stages(), Dedup.of(Cameo.builtIn(), 1)))
                .build();
        int port = server.start(0);

        HttpResponse<String> posted = post(port, "{\"id\":\"wire-1\",\"date\":\"2021-05-04\",\"text\":\"Egypt met Jordan\"}");
        HttpResponse<String> again = post(port, "{\"id\":\"wire-1\",\"date\":\"2021-05-04\",\"text\":\"Egypt met Jordan\"}");

        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        JsonNode document = json.readTree(get(port, "/api/documents/wire-1"));
        assertThat(document.get("id").asText()).isEqualTo("wire-1");
        JsonNode events = json.readTree(get(port, "/api/events"));
        assertThat(events.get("total").asInt()).isEqualTo(1);
        JsonNode event = events.get("events").get(0);
        assertThat(event.get("code").asText()).isEqualTo("040");
        assertThat(event.get("source").get("code").asText()).isEqualTo("EGYPT");
        assertThat(store.stats().documents()).isEqualTo(1);
    }

    private HttpResponse<String> post(int port, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                .header("Authorization", "Bearer secret").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
