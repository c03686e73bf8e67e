package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Login attempts, anonymous posts and anonymous searches are counted per client address before anything else happens. Each test
 * comes from its own address (X-Forwarded-For from the test itself, configured as the trusted proxy) so the counts
 * of other tests in the same database do not mix in, and the clock stands still so no minute ends halfway.
 */
@TestPropertySource(
        properties = {
            "samspil.rate-limit.login-per-minute=3",
            "samspil.rate-limit.public-per-minute=2",
            "samspil.rate-limit.search-per-minute=3",
            "samspil.trusted-proxies=127.0.0.1/32, ::1/128"
        })
class RateLimitTest extends IntegrationTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String HTML = "text/html,application/xhtml+xml";
    private static final AtomicInteger ADDRESSES_USED = new AtomicInteger();

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.now(), DanishFormats.ZONE);
    }

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void theFourthLoginAttemptWithinAMinuteIsRefused() {
        Http http = new Http(port);
        String address = newClientAddress();
        Http.FormSession session = http.formSession("/login", "X-Forwarded-For", address);
        String attempt = session.form("username=nobody%40example.dk&password=wrong");

        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> response = http.post(
                    "/login", FORM, attempt, "Cookie", session.cookie(), "X-Forwarded-For", address, "Accept", HTML);
            assertThat(response.statusCode()).as("attempt %d", i).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        }
        HttpResponse<String> refused = http.post(
                "/login", FORM, attempt, "Cookie", session.cookie(), "X-Forwarded-For", address, "Accept", HTML);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
        assertThat(refused.body()).contains(danish("error.429.detail"));
        assertThat(http.post(
                                "/login",
                                FORM,
                                attempt,
                                "Cookie",
                                session.cookie(),
                                "X-Forwarded-For",
                                newClientAddress(),
                                "Accept",
                                HTML)
                        .statusCode())
                .as("another client address has its own count")
                .isEqualTo(302);
    }

    @Test
    void anonymousFormPostsBeyondTheLimitAreRefused() {
        Http http = new Http(port);
        String address = newClientAddress();
        Http.FormSession session = http.formSession("/login", "X-Forwarded-For", address);

        for (int i = 1; i <= 2; i++) {
            HttpResponse<String> response = http.post(
                    "/tilgaengelighed",
                    FORM,
                    session.form(""),
                    "Cookie",
                    session.cookie(),
                    "X-Forwarded-For",
                    address,
                    "Accept",
                    HTML);
            assertThat(response.statusCode())
                    .as("post %d reaches the application", i)
                    .isEqualTo(405);
        }
        HttpResponse<String> refused = http.post(
                "/tilgaengelighed",
                FORM,
                session.form(""),
                "Cookie",
                session.cookie(),
                "X-Forwarded-For",
                address,
                "Accept",
                HTML);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains(danish("error.429.detail"));
    }

    @Test
    void anonymousApiPostsBeyondTheLimitAreRefused() {
        Http http = new Http(port);
        String address = newClientAddress();

        for (int i = 1; i <= 2; i++) {
            assertThat(http.post(
                                    "/api/v1/procurements",
                                    "application/json",
                                    "{}",
                                    "X-Forwarded-For",
                                    address,
                                    "Accept",
                                    "application/json")
                            .statusCode())
                    .as("post %d reaches authorization", i)
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = http.post(
                "/api/v1/procurements",
                "application/json",
                "{}",
                "X-Forwarded-For",
                address,
                "Accept",
                "application/json");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains(danish("error.429.detail"));
    }

    @Test
    void anonymousSearchesBeyondTheLimitAreRefusedButThePlainListAndSignedInUsersAreNot() {
        Http http = new Http(port);
        String address = newClientAddress();

        for (int i = 1; i <= 3; i++) {
            assertThat(http.get("/kommende-indkob?q=s%C3%B8gning" + i, "X-Forwarded-For", address, "Accept", HTML)
                            .statusCode())
                    .as("search %d", i)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = http.get("/kommende-indkob?q=endnu", "X-Forwarded-For", address, "Accept", HTML);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
        assertThat(refused.body()).contains(danish("error.429.detail"));
        assertThat(http.get("/kommende-indkob", "X-Forwarded-For", address, "Accept", HTML)
                        .statusCode())
                .as("the list without a search is not counted")
                .isEqualTo(200);
        assertThat(http.get("/kommende-indkob?q=endnu", "X-Forwarded-For", newClientAddress(), "Accept", HTML)
                        .statusCode())
                .as("another client address has its own count")
                .isEqualTo(200);
    }

    @Test
    void theSearchApiSharesTheSearchLimit() {
        Http http = new Http(port);
        String address = newClientAddress();

        for (int i = 1; i <= 3; i++) {
            assertThat(http.get(
                                    "/api/v1/procurements?q=reng%C3%B8ring",
                                    "X-Forwarded-For", address, "Accept", "application/json")
                            .statusCode())
                    .as("search %d", i)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = http.get(
                "/api/v1/procurements?q=reng%C3%B8ring", "X-Forwarded-For", address, "Accept", "application/json");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains(danish("error.429.detail"));
    }

    @Test
    void thePublicInquiryApiIsLimitedLikeEveryAnonymousPost() {
        Http http = new Http(port);
        String address = newClientAddress();

        for (int i = 1; i <= 2; i++) {
            assertThat(http.post(
                                    "/api/v1/public/inquiries",
                                    "application/json",
                                    "{}",
                                    "X-Forwarded-For",
                                    address,
                                    "Accept",
                                    "application/json")
                            .statusCode())
                    .as("post %d reaches the application", i)
                    .isEqualTo(422);
        }
        HttpResponse<String> refused = http.post(
                "/api/v1/public/inquiries",
                "application/json",
                "{}",
                "X-Forwarded-For",
                address,
                "Accept",
                "application/json");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains(danish("error.429.detail"));
    }

    private String danish(String key) {
        return messages.getMessage(key, null, DanishFormats.DANISH);
    }

    /**
     * A client address no test of this class has used: the clock stands still, so every test counts in the same
     * window, and two tests drawing the same address at random would count each other's requests.
     */
    private static String newClientAddress() {
        int host = ADDRESSES_USED.incrementAndGet();
        assertThat(host).as("addresses left in 203.0.113.0/24").isLessThan(255);
        return "203.0.113." + host;
    }
}
