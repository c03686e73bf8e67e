package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without {@code samspil.trusted-proxies} no peer is a proxy, not even one on the loopback or a private network:
 * whoever reaches the port cannot pick the client address the rate limits count, nor claim TLS.
 */
class ForwardedHeadersTest extends IntegrationTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSpoofedForwardedForFromLoopbackIsCountedUnderTheRealPeer() {
        Http http = new Http(port);
        Http.FormSession session = http.formSession("/login");
        List<String> spoofed = List.of("203.0.113.41", "198.51.100.42");

        for (String address : spoofed) {
            HttpResponse<String> response = http.post(
                    "/login",
                    FORM,
                    session.form("username=nobody%40example.dk&password=wrong"),
                    "Cookie",
                    session.cookie(),
                    "X-Forwarded-For",
                    address);
            assertThat(response.statusCode()).isEqualTo(302);
        }

        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE bucket_key IN (:keys)")
                        .param(
                                "keys",
                                spoofed.stream()
                                        .map(address -> "login:" + address)
                                        .toList())
                        .query(Long.class)
                        .single())
                .as("no fresh bucket for a spoofed address")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE bucket_key IN ('login:127.0.0.1', "
                                + "'login:0:0:0:0:0:0:0:1')")
                        .query(Long.class)
                        .single())
                .as("counted under the peer's own address")
                .isPositive();
    }

    @Test
    void aForwardedProtoFromAnUntrustedPeerDoesNotMakeTheRequestSecure() {
        HttpResponse<String> response = new Http(port).get("/login", "X-Forwarded-Proto", "https");

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }
}
