package dk.samspil.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The language switch's links: the same page with every parameter but {@code lang}, encoded afresh. */
class LanguageSwitchTest {

    @Test
    void aPageKeepsItsPathAndEveryParameterAndOnlySetsTheLanguage() {
        MockHttpServletRequest request = get("token=eyJ2.c2ln-_&lang=da&q=tag+og%2Bvand&tom=&flag");

        LanguageSwitch links = LanguageSwitch.of(request);

        assertThat(links.english()).isEqualTo("?token=eyJ2.c2ln-_&q=tag+og%2Bvand&tom=&flag&lang=en");
        assertThat(links.danish()).isEqualTo("?token=eyJ2.c2ln-_&q=tag+og%2Bvand&tom=&flag&lang=da");
        assertThat(LanguageSwitch.of(get(null)).english()).isEqualTo("?lang=en");
    }

    @Test
    void whatWasSentIsEncodedAgainAndWhatDoesNotDecodeIsLeftOut() {
        LanguageSwitch links = LanguageSwitch.of(get("q=%3Cscript%3E%22x%22&bad=%zz&ok=%C3%B8"));

        assertThat(links.english()).isEqualTo("?q=%3Cscript%3E%22x%22&ok=%C3%B8&lang=en");
    }

    @Test
    void anErrorPageKeepsTheQueryOfTheRequestThatFailed() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_METHOD, "GET");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/kommende-indk%C3%B8b");
        request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, "q=tag");

        assertThat(LanguageSwitch.of(request).english()).isEqualTo("?q=tag&lang=en");
    }

    @Test
    void aPageAPostAnsweredLeadsToThePageTheFormWasSentFrom() {
        MockHttpServletRequest request = post("/opsaetning");
        request.addHeader("Referer", "http://localhost/opsaetning?token=abc&lang=en");

        assertThat(LanguageSwitch.of(request).danish()).isEqualTo("/opsaetning?token=abc&lang=da");

        MockHttpServletRequest failed = new MockHttpServletRequest("GET", "/error");
        failed.setAttribute(RequestDispatcher.ERROR_METHOD, "POST");
        failed.addHeader("Referer", "http://LOCALHOST/varsling/administrer/rediger?token=abc&id=7");
        assertThat(LanguageSwitch.of(failed).english())
                .isEqualTo("/varsling/administrer/rediger?token=abc&id=7&lang=en");
    }

    @Test
    void aRefererOfAnotherSiteOrThatCouldLeaveTheSiteIsNotFollowed() {
        MockHttpServletRequest foreign = post("/varsling");
        foreign.addHeader("Referer", "https://evil.example/varsling?token=abc");
        assertThat(LanguageSwitch.of(foreign).english()).isEqualTo("?lang=en");

        MockHttpServletRequest malformed = post("/varsling");
        malformed.setQueryString("a=1");
        malformed.addHeader("Referer", "http://localhost/a b\"><script>");
        assertThat(LanguageSwitch.of(malformed).english()).isEqualTo("?a=1&lang=en");

        MockHttpServletRequest protocolRelative = post("/varsling");
        protocolRelative.addHeader("Referer", "http://localhost//evil.example/x");
        assertThat(LanguageSwitch.of(protocolRelative).english()).isEqualTo("/evil.example/x?lang=en");
    }

    private static MockHttpServletRequest get(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/side");
        request.setQueryString(query);
        return request;
    }

    private static MockHttpServletRequest post(String path) {
        return new MockHttpServletRequest("POST", path);
    }
}
