package dk.samspil;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class SmokeTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void frontPageIsDanish() {
        var response = new Http(port).get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("lang=\"da\"", "Samspil mellem kommune");
    }
}
