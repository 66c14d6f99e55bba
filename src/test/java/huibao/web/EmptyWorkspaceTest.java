package huibao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.Huibao;
import huibao.config.HuibaoConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace over a data folder no ingest has made yet: the pages answer, empty. */
class EmptyWorkspaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    private static WorkspaceServer server;
    private static String base;

    @BeforeAll
    static void serveNothing() {
        server = WorkspaceServer.over(Huibao.open(new HuibaoConfig(tmp.resolve("data"), null, 1)));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEmptyChartKeepsTheIndicatorsUnit() throws Exception {
        JsonNode money = ready("/api/chart?indicator=fdi_actual");
        assertEquals("万美元", money.get("unit").asText(), money.toString());
        assertEquals(0, money.get("bars").size());
        JsonNode share = ready("/api/chart?indicator=fdi_actual/yoy");
        assertEquals("%", share.get("unit").asText(), share.toString());
    }

    @Test
    void whileTheArchiveIsReadTheServerListensAndSaysSo() throws Exception {
        java.util.List<Runnable> held = new java.util.ArrayList<>();
        try (WorkspaceServer reading = WorkspaceServer.over(Huibao.open(new HuibaoConfig(tmp.resolve("held"), null, 1)),
                held::add)) {
            String at = "http://127.0.0.1:" + reading.start("127.0.0.1", 0);
            HttpResponse<byte[]> dataset = get(at + "/api/dataset");
            assertEquals(503, dataset.statusCode());
            JsonNode said = JSON.readTree(dataset.body());
            assertEquals("正在读取档案…", said.get("error").asText());
            assertTrue(said.get("loading").asBoolean());
            assertTrue(dataset.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(503, get(at + "/api/findings").statusCode());
            assertEquals(200, get(at + "/api/stats").statusCode(), "the counts answer early");
            assertEquals(1, held.size());
            held.get(0).run();
            assertEquals(200, get(at + "/api/dataset").statusCode());
        }
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The answer to {@code path} once the archive is read (503 until then). */
    static JsonNode ready(String path) throws Exception {
        HttpResponse<byte[]> r = null;
        for (int i = 0; i < 300; i++) {
            r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 503) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        return JSON.readTree(r.body());
    }
}
