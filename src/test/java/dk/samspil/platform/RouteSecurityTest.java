package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dk.samspil.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the application serves (controllers and actuator endpoints) must be classified in {@link #RULES}:
 * public, for any logged-in user, or for one role. Anonymous requests to all but the public ones are refused, and
 * a user with every staff role except the required one is refused too. A route nobody classified fails the test,
 * so a new page cannot go out without someone deciding who may see it.
 */
class RouteSecurityTest extends IntegrationTest {

    private enum Access {
        PUBLIC,
        LOGGED_IN,
        ROLE,
        /** Open to the route authorisation, refused by the controller unless a reader or a valid token asks. */
        TOKEN
    }

    /**
     * A route prefix: matches the path itself and everything below it ({@code /} matches only itself), for one HTTP
     * method or ({@code method == null}) for all. A role rule lets in any of its roles.
     */
    private record Rule(String prefix, HttpMethod method, Access access, Set<String> roles, boolean exact) {

        Rule(String prefix, HttpMethod method, Access access, Set<String> roles) {
            this(prefix, method, access, roles, false);
        }

        static Rule open(String prefix) {
            return new Rule(prefix, null, Access.PUBLIC, Set.of());
        }

        static Rule openGet(String prefix) {
            return new Rule(prefix, HttpMethod.GET, Access.PUBLIC, Set.of());
        }

        static Rule loggedIn(String prefix) {
            return new Rule(prefix, null, Access.LOGGED_IN, Set.of());
        }

        static Rule role(String prefix, String... anyOf) {
            return new Rule(prefix, null, Access.ROLE, Set.of(anyOf));
        }

        /**
         * A GET the route authorisation lets through for calendar clients, whose controller checks a signed token:
         * anonymous requests without one and users without any of the roles are refused all the same.
         */
        static Rule tokenGet(String path, String... anyOf) {
            return new Rule(path, HttpMethod.GET, Access.TOKEN, Set.of(anyOf), true);
        }

        /** A role rule for this path only, not what lies below it. */
        static Rule roleExactly(String path, String... anyOf) {
            return new Rule(path, null, Access.ROLE, Set.of(anyOf), true);
        }

        boolean matches(Route route) {
            String pattern = route.pattern();
            return (method == null || method == route.method())
                    && (pattern.equals(prefix) || (!exact && !"/".equals(prefix) && pattern.startsWith(prefix + "/")));
        }
    }

    private static final List<Rule> RULES = List.of(
            Rule.open("/"),
            Rule.open("/tilgaengelighed"),
            Rule.open("/privatliv"),
            Rule.open("/login"),
            // why a single sign-on was refused (the refusal itself happens in Spring Security's callback filter)
            Rule.open("/login/afvist"),
            Rule.open("/opsaetning"),
            // accounts: "forgot password" and the pages behind the signed invitation and reset links
            Rule.open("/glemt-adgangskode"),
            Rule.open("/invitation"),
            Rule.open("/adgangskode/ny"),
            Rule.open("/error"),
            Rule.open("/actuator/health"),
            Rule.loggedIn("/actuator"),
            Rule.role("/actuator/prometheus", Roles.ADMIN),
            Rule.loggedIn("/konto"),
            Rule.loggedIn("/api/v1/me"),
            Rule.role("/admin", Roles.ADMIN),
            // the staff start page: every staff role has one
            Rule.roleExactly("/intern", Roles.STAFF.toArray(String[]::new)),
            // pipeline: public pages, files, feeds and open data; staff pages and the staff API
            Rule.openGet("/kommende-indkob"),
            Rule.openGet("/kommende-indkob.csv"),
            Rule.openGet("/kommende-indkob.xlsx"),
            Rule.openGet("/feeds/kommende-indkob.ics"),
            Rule.openGet("/feeds/kommende-indkob.atom"),
            Rule.openGet("/api/ocds/release-package"),
            Rule.openGet("/api/ocds/record-package"),
            Rule.openGet("/api/v1/procurements"),
            Rule.openGet("/api/v1/procurements/{reference}"),
            Rule.role("/api/v1/procurements", Roles.PROCUREMENT, Roles.ADMIN),
            Rule.role("/intern/indkoeb", Roles.PROCUREMENT, Roles.ADMIN),
            Rule.role(
                    "/intern/virksomheder",
                    Roles.CONSULTANT,
                    Roles.MANAGEMENT,
                    Roles.CASEWORKER,
                    Roles.JOBCENTER,
                    Roles.PROCUREMENT,
                    Roles.ADMIN),
            Rule.role(
                    "/api/v1/companies",
                    Roles.CONSULTANT,
                    Roles.MANAGEMENT,
                    Roles.CASEWORKER,
                    Roles.JOBCENTER,
                    Roles.PROCUREMENT,
                    Roles.ADMIN),
            Rule.role("/api/v1/companies/import/cvr", Roles.ADMIN),
            Rule.role("/intern/virksomheder/import", Roles.ADMIN),
            Rule.role("/intern/virksomheder/ny", Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
            Rule.role("/intern/virksomheder/{cvr}/kontakter", Roles.CONSULTANT, Roles.MANAGEMENT),
            Rule.role(
                    "/intern/virksomheder/{cvr}/besoeg",
                    Roles.CONSULTANT,
                    Roles.MANAGEMENT,
                    Roles.CASEWORKER,
                    Roles.JOBCENTER),
            // companies find and segment: segments, exports and tags are the business centre's
            Rule.role("/intern/virksomheder/segmenter", Roles.CONSULTANT, Roles.MANAGEMENT),
            Rule.role("/intern/virksomheder/eksport", Roles.CONSULTANT, Roles.MANAGEMENT),
            Rule.role("/intern/virksomheder/{cvr}/tags", Roles.CONSULTANT, Roles.MANAGEMENT),
            Rule.role("/intern/opfoelgninger", Roles.CONSULTANT, Roles.MANAGEMENT, Roles.CASEWORKER, Roles.JOBCENTER),
            new Rule(
                    "/api/v1/companies",
                    HttpMethod.POST,
                    Access.ROLE,
                    Set.of(Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN)),
            Rule.role(
                    "/api/v1/companies/{cvr}/visits",
                    Roles.CONSULTANT,
                    Roles.MANAGEMENT,
                    Roles.CASEWORKER,
                    Roles.JOBCENTER),
            Rule.role("/intern/indkoeb/publicer", Roles.PROCUREMENT, Roles.ADMIN),
            // inquiries: the public form and its thanks page; the register for consultants and management
            Rule.open("/henvendelse"),
            Rule.role("/intern/henvendelser", Roles.CONSULTANT, Roles.MANAGEMENT),
            // inquiries more: routing settings for management and administrators; moving a case is management's
            Rule.role("/intern/henvendelser/indstillinger", Roles.MANAGEMENT, Roles.ADMIN),
            Rule.role("/intern/henvendelser/{id}/koe", Roles.MANAGEMENT),
            // the inquiry API: staff register and read; anyone sends one like through the public form
            Rule.role("/api/v1/inquiries", Roles.CONSULTANT, Roles.MANAGEMENT),
            new Rule("/api/v1/public/inquiries", HttpMethod.POST, Access.PUBLIC, Set.of()),
            // the business calendar's public read API
            Rule.openGet("/api/v1/calendar/holidays"),
            Rule.openGet("/api/v1/calendar/business-days"),
            Rule.role("/intern/cpv", Roles.PROCUREMENT, Roles.ADMIN),
            // alerts: subscribing, confirming, managing and unsubscribing by signed links, without an account
            Rule.open("/varsling"),
            new Rule("/api/v1/subscriptions", HttpMethod.POST, Access.PUBLIC, Set.of()),
            // the OpenAPI description of the JSON API
            Rule.openGet("/v3/api-docs"),
            Rule.openGet("/v3/api-docs.yaml"),
            Rule.openGet("/swagger-ui.html"),
            // alerts staff: numbers, subscriber support and the export (personal data)
            Rule.role("/intern/varsling", Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN),
            // engagement, interest: the public form, the signed confirm and personal pages, the public API; the staff
            // list
            Rule.open("/kommende-indkob/{reference}/interesse"),
            Rule.open("/interesse"),
            new Rule("/api/v1/procurements/{reference}/interest", HttpMethod.POST, Access.PUBLIC, Set.of()),
            Rule.role("/intern/indkoeb/{reference}/interesse", Roles.PROCUREMENT, Roles.ADMIN),
            Rule.role("/intern/indkoeb/{reference}/interesse.csv", Roles.PROCUREMENT, Roles.ADMIN),
            Rule.role("/intern/indkoeb/{reference}/interesse.xlsx", Roles.PROCUREMENT, Roles.ADMIN),
            // engagement, matchmaking: the business centre brokers partnerships between partner seekers
            Rule.role("/intern/partnere", Roles.CONSULTANT, Roles.MANAGEMENT),
            // engagement events: public pages, registering without an account, the personal page by signed link
            Rule.openGet("/arrangementer"),
            new Rule("/arrangementer/{id}/tilmelding", HttpMethod.POST, Access.PUBLIC, Set.of()),
            Rule.open("/tilmelding"),
            Rule.role("/intern/arrangementer", Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN),
            Rule.role("/api/v1/events", Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN),
            Rule.openGet("/api/v1/events"),
            new Rule("/api/v1/events/{id}/registrations", HttpMethod.POST, Access.PUBLIC, Set.of()),
            // engagement material and OPI ideas: public pages and forms; handling them is for staff who run events
            Rule.openGet("/arrangementer/{eventId}/materiale"),
            Rule.open("/arrangementer/{eventId}/spoergsmaal"),
            Rule.role("/intern/arrangementer/{eventId}/materiale", Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN),
            // newsletters: sign-up, confirm, preferences, one-click unsubscribe and the archive without an account;
            // the public lists and signing up by API; lists, campaigns and the suppression list for the business centre
            Rule.open("/nyhedsbrev"),
            Rule.openGet("/api/v1/lists"),
            new Rule("/api/v1/lists/{id}/subscribers", HttpMethod.POST, Access.PUBLIC, Set.of()),
            Rule.role("/api/v1/campaigns", Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
            Rule.role("/intern/nyhedsbreve", Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
            // "send me my link" is for anyone; importing people into a list from a CSV file is for the same staff
            Rule.open("/nyhedsbrev/link"),
            Rule.role("/intern/nyhedsbreve/lister/{listId}/import", Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
            // turning click tracking of campaign mails on or off is the administrator's decision
            Rule.role("/intern/nyhedsbreve/klik-sporing", Roles.ADMIN),
            Rule.open("/opi"),
            Rule.role("/intern/opi", Roles.PROCUREMENT, Roles.CONSULTANT, Roles.ADMIN),
            // talent bridge: students search and apply, companies post and open applications by signed links;
            // moderation and figures are for consultants and management
            Rule.open("/studiejob"),
            Rule.role("/intern/talent", Roles.CONSULTANT, Roles.MANAGEMENT),
            // an institution's own pages: its users only
            Rule.role("/intern/uddannelse", Roles.INSTITUTION),
            Rule.role("/api/v1/opportunities", Roles.CONSULTANT, Roles.MANAGEMENT),
            Rule.openGet("/api/v1/opportunities"),
            new Rule("/api/v1/opportunities/{id}/applications", HttpMethod.POST, Access.PUBLIC, Set.of()),
            // tender news: notices, their links to the pipeline, the upload and the tender-news list are for
            // procurement
            // officers, the business centre and administrators; the phone guidance log for consultants and management;
            // the buyers shown on the public tender page for administrators; the public tender page for everyone
            Rule.role("/intern/udbud", Roles.PROCUREMENT, Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
            Rule.role("/intern/udbud/vejledning", Roles.CONSULTANT, Roles.MANAGEMENT),
            Rule.role("/intern/udbud/koebere", Roles.ADMIN),
            Rule.role("/api/v1/notices", Roles.PROCUREMENT, Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
            Rule.open("/udbud"),
            // networks: the business centre's staff and administrators run them; a public network's page, membership
            // request and calendar feed are for everyone (the feed answers 404 for a network without a public page)
            Rule.role("/intern/netvaerk", Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
            Rule.role("/api/v1/networks", Roles.CONSULTANT, Roles.MANAGEMENT, Roles.ADMIN),
            Rule.openGet("/api/v1/networks/{id}/meetings.ics"),
            Rule.open("/netvaerk"),
            // agreement, the annual wheel: management changes it (administrators as management), consultants and
            // procurement read it; its iCalendar feed is let through for calendar clients and its controller refuses
            // everyone but a reader or the holder of a personal feed token
            Rule.role("/intern/aarshjul", Roles.MANAGEMENT, Roles.ADMIN, Roles.CONSULTANT, Roles.PROCUREMENT),
            Rule.role("/intern/aarshjul/ny", Roles.MANAGEMENT, Roles.ADMIN),
            // every reader makes and revokes their own feed links
            Rule.role(
                    "/intern/aarshjul/kalenderlinks",
                    Roles.MANAGEMENT,
                    Roles.ADMIN,
                    Roles.CONSULTANT,
                    Roles.PROCUREMENT),
            Rule.role("/intern/aarshjul/{id}", Roles.MANAGEMENT, Roles.ADMIN),
            Rule.tokenGet("/intern/aarshjul.ics", Roles.MANAGEMENT, Roles.ADMIN, Roles.CONSULTANT, Roles.PROCUREMENT),
            // the agreement: management edits; consultants and procurement read and propose ideas for joint projects;
            // the administrator reads and configures the focus areas and the indicators
            Rule.role("/intern/aftale", Roles.MANAGEMENT, Roles.CONSULTANT, Roles.PROCUREMENT, Roles.ADMIN),
            new Rule("/intern/aftale", HttpMethod.POST, Access.ROLE, Set.of(Roles.MANAGEMENT)),
            new Rule(
                    "/intern/aftale/ideer/ny",
                    HttpMethod.POST,
                    Access.ROLE,
                    Set.of(Roles.MANAGEMENT, Roles.CONSULTANT, Roles.PROCUREMENT, Roles.ADMIN)),
            Rule.role("/intern/aftale/indstillinger", Roles.ADMIN));

    private record Route(HttpMethod method, String pattern) {

        /** The pattern with dummy values for its variables and wildcards. */
        String url() {
            return pattern.replaceAll("\\{\\*[^}]+}", "x")
                    .replaceAll("\\{[^}]+}", "1")
                    .replace("**", "x")
                    .replace("*", "x");
        }

        boolean isApi() {
            return pattern.startsWith("/api/") || pattern.startsWith("/actuator");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void everyRouteIsClassified() {
        List<Route> routes = routes();

        assertThat(routes)
                .as("routes found")
                .extracting(Route::pattern)
                .contains("/", "/admin", "/actuator/prometheus");
        assertThat(routes.stream()
                        .filter(route -> rule(route).isEmpty())
                        .map(Route::toString)
                        .toList())
                .as("routes missing from RouteSecurityTest.RULES: decide who may use them and add them")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> anonymousVisitorsAreRefusedExceptOnPublicRoutes() {
        return routes().stream()
                .filter(route -> rule(route).isPresent())
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    MockHttpServletResponse response = perform(route, null);
                    if (rule(route).orElseThrow().access() != Access.PUBLIC) {
                        assertRefusedAnonymous(route, response);
                    } else if (route.method() == HttpMethod.GET) {
                        assertThat(refusedAnonymous(route, response))
                                .as("public %s is open to everyone", route)
                                .isFalse();
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> usersWithoutTheRequiredRoleAreRefused() {
        return routes().stream()
                .filter(route -> rule(route)
                        .filter(rule -> rule.access() == Access.ROLE || rule.access() == Access.TOKEN)
                        .isPresent())
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    Set<String> allowed = rule(route).orElseThrow().roles();
                    String[] otherRoles = Roles.STAFF.stream()
                            .filter(role -> !allowed.contains(role))
                            .toArray(String[]::new);

                    assertThat(perform(route, otherRoles).getStatus())
                            .as("%s with roles %s", route, List.of(otherRoles))
                            .isEqualTo(403);
                }));
    }

    private MockHttpServletResponse perform(Route route, String[] roles) throws Exception {
        var request = request(route.method(), route.url()).with(csrf());
        if (roles != null) {
            request.with(user("route-security@example.dk").roles(roles));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertRefusedAnonymous(Route route, MockHttpServletResponse response) {
        if (route.isApi()) {
            assertThat(response.getStatus()).as("anonymous %s", route).isEqualTo(401);
        } else {
            assertThat(refusedAnonymous(route, response))
                    .as(
                            "anonymous %s is refused (status %d, location %s)",
                            route, response.getStatus(), response.getRedirectedUrl())
                    .isTrue();
        }
    }

    private static boolean refusedAnonymous(Route route, MockHttpServletResponse response) {
        int status = response.getStatus();
        boolean toLogin = status == 302
                && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/login");
        return status == 401 || status == 403 || (!route.isApi() && toLogin);
    }

    private static Optional<Rule> rule(Route route) {
        // the longest prefix wins; with equal prefixes a rule for the route's own method beats one for all methods
        return RULES.stream()
                .filter(rule -> rule.matches(route))
                .max(Comparator.<Rule>comparingInt(rule -> rule.prefix().length())
                        .thenComparing(rule -> rule.method() != null));
    }

    private List<Route> routes() {
        TreeSet<Route> routes = new TreeSet<>(Comparator.comparing(Route::pattern)
                .thenComparing(route -> route.method().name()));
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
                    List<HttpMethod> methods = new ArrayList<>();
                    info.getMethodsCondition().getMethods().stream()
                            .filter(method -> method != RequestMethod.HEAD && method != RequestMethod.OPTIONS)
                            .forEach(method -> methods.add(method.asHttpMethod()));
                    if (methods.isEmpty()) {
                        methods.add(HttpMethod.GET);
                    }
                    info.getPatternValues()
                            .forEach(pattern -> methods.forEach(method -> routes.add(new Route(method, pattern))));
                }));
        return List.copyOf(routes);
    }
}
