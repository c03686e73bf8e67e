package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dk.samspil.platform.Roles;
import dk.samspil.support.ApiTokensFromDatabase;
import dk.samspil.support.IntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three sources of notices: the API (with an API token), the watched folder and the polled feed. */
class NoticeSourcesTest extends IntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NoticeFolder folder;

    @Autowired
    NoticeFeed feed;

    private HttpResponse<String> upload(String token, String contentType, byte[] body) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/notices"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", contentType)
                        .header("Accept-Language", "da")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiStoresANoticeOnceAndRefusesBadOnesNamingTheFirstProblem() throws Exception {
        String token = ApiTokensFromDatabase.userWithToken(jdbc, Roles.PROCUREMENT);
        String id = UUID.randomUUID().toString();
        byte[] notice = NoticeLinkTest.renamed(SdkNotices.bytes("cn_24_minimal.xml"), NoticeLinkTest.CN_ID, id);

        HttpResponse<String> created = upload(token, "application/xml", notice);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode json = JSON.readTree(created.body());
        assertThat(json.get("noticeId").asString()).isEqualTo(id);
        assertThat(json.get("kind").asString()).isEqualTo("CONTRACT");
        assertThat(created.headers().firstValue("Location"))
                .contains("/intern/udbud/" + json.get("id").asLong());

        HttpResponse<String> again = upload(token, "application/xml", notice);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("duplicate").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM tender_notice WHERE notice_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isOne();

        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&e;</ContractNotice>
                """;
        HttpResponse<String> refused = upload(token, "application/xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("detail").asString()).contains("DOCTYPE");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("tendernews.notice.doctype");
        assertThat(refused.body()).doesNotContain("root:");

        HttpResponse<String> invalid = upload(token, "application/xml", SdkNotices.bytes("INVALID_cn_24_empty.xml"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(invalid.body()).get("detail").asString()).startsWith("Meddelelsen");

        HttpResponse<String> empty = upload(token, "application/xml", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(empty.body()).get("detail").asString()).contains("tom");

        HttpResponse<String> json415 = upload(token, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(json415.statusCode()).isEqualTo(415);
    }

    @Test
    void aCaseworkerOrAnAnonymousCallerMayNotUpload() throws Exception {
        String token = ApiTokensFromDatabase.userWithToken(jdbc, Roles.CASEWORKER);
        assertThat(upload(token, "application/xml", SdkNotices.bytes("cn_24_minimal.xml"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(upload("sps_nonsense", "application/xml", SdkNotices.bytes("cn_24_minimal.xml"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theWatchedFolderImportsFilesAndMovesThemToDoneOrRefusedWithTheReason(@TempDir Path dir) throws IOException {
        String id = UUID.randomUUID().toString();
        Files.write(
                dir.resolve("a-contract.xml"),
                NoticeLinkTest.renamed(SdkNotices.bytes("cn_24_minimal.xml"), NoticeLinkTest.CN_ID, id));
        Files.writeString(dir.resolve("b-other.xml"), "<rss version=\"2.0\"/>");
        Files.writeString(dir.resolve("c-still-writing.xml.part"), "<half");

        NoticeFolder.Scan scan = folder.scan(dir);

        assertThat(scan).isEqualTo(new NoticeFolder.Scan(1, 1));
        assertThat(dir.resolve("done/a-contract.xml")).exists();
        assertThat(dir.resolve("refused/b-other.xml")).exists();
        assertThat(Files.readString(dir.resolve("refused/b-other.xml.reason.txt")))
                .startsWith("Filen er ikke en eForms-meddelelse: rodelementet rss");
        assertThat(dir.resolve("c-still-writing.xml.part")).exists();
        assertThat(jdbc.sql("SELECT source FROM tender_notice WHERE notice_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("FOLDER");

        Files.write(
                dir.resolve("a-contract.xml"),
                NoticeLinkTest.renamed(SdkNotices.bytes("cn_24_minimal.xml"), NoticeLinkTest.CN_ID, id));
        assertThat(folder.scan(dir)).isEqualTo(new NoticeFolder.Scan(1, 0));
        assertThat(dir.resolve("done/1-a-contract.xml")).exists();
    }

    @Test
    void theFeedIsPolledAndEachListedNoticeReadOnce() throws Exception {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = files.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String award = UUID.randomUUID().toString();
            String contract = UUID.randomUUID().toString();
            String tag = UUID.randomUUID().toString();
            files.put(
                    "/n/" + tag + "-award.xml",
                    NoticeLinkTest.renamed(SdkNotices.bytes("can_24_minimal.xml"), NoticeLinkTest.CAN_ID, award));
            files.put(
                    "/n/" + tag + "-contract.xml",
                    NoticeLinkTest.renamed(SdkNotices.bytes("cn_24_minimal.xml"), NoticeLinkTest.CN_ID, contract));
            files.put("/n/" + tag + "-bad.xml", "<notice/>".getBytes(StandardCharsets.UTF_8));
            files.put("/feed.atom", ("""
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom">
                      <title>Udbud</title>
                      <link rel="self" href="/feed.atom"/>
                      <entry><title>Tildeling</title><link href="/n/%1$s-award.xml"/></entry>
                      <entry><title>Udbud</title><link rel="alternate" href="%2$s/n/%1$s-contract.xml"/></entry>
                      <entry><title>Forkert</title><link href="n/%1$s-bad.xml"/></entry>
                      <entry><title>Væk</title><link href="/n/%1$s-missing.xml"/></entry>
                    </feed>
                    """.formatted(tag, base)).getBytes(StandardCharsets.UTF_8));
            files.put(
                    "/list.txt",
                    ("# notices\n" + base + "/n/" + tag + "-award.xml\n\n").getBytes(StandardCharsets.UTF_8));

            NoticeFeed.Poll first = feed.poll(URI.create(base + "/feed.atom"));
            assertThat(first).isEqualTo(new NoticeFeed.Poll(2, 0, 1, 1));
            assertThat(feed.refusal(URI.create(base + "/n/" + tag + "-bad.xml")))
                    .hasValueSatisfying(reason -> assertThat(reason).startsWith("Filen er ikke en eForms-meddelelse"));

            NoticeFeed.Poll second = feed.poll(URI.create(base + "/feed.atom"));
            assertThat(second).isEqualTo(new NoticeFeed.Poll(0, 0, 0, 1));
            assertThat(requests.get("/n/" + tag + "-award.xml")).hasValue(1);
            assertThat(requests.get("/n/" + tag + "-missing.xml")).hasValue(2);

            assertThat(feed.poll(URI.create(base + "/list.txt"))).isEqualTo(new NoticeFeed.Poll(0, 0, 0, 0));
            assertThat(jdbc.sql("SELECT count(*) FROM tender_notice WHERE notice_id IN (?, ?) AND source = 'FEED'")
                            .params(award, contract)
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        } finally {
            server.stop(0);
        }
    }
}
