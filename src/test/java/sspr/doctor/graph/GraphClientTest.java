package sspr.doctor.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries, error bodies and the one-origin rule of the Graph client, against the fake Graph; no real sleeping. */
class GraphClientTest {
    static final String TOKEN = FakeGraph.token("2f7c9a1e-0000-4000-8000-00000000c0de");
    final List<Duration> slept = new ArrayList<>();

    GraphClient client(FakeGraph g, GraphClient.Retry retry) {
        TokenSource t = new TokenSource() {
            @Override public String token(boolean refresh) { return TOKEN; }
            @Override public String kind() { return "auth.token-env"; }
        };
        return new GraphClient(URI.create(g.url()), t, slept::add, () -> 0.5, retry);
    }

    @Test
    void throttledWithRetryAfterWaitsThatLongThenSucceeds() throws Exception {
        try (FakeGraph g = new FakeGraph(TenantFixtures.FLAT, TOKEN)) {
            g.fail("subscribedSkus", new FakeGraph.Failure(429, FakeGraph.THROTTLED, "7", 2, false));
            GraphClient c = client(g, GraphClient.Retry.DEFAULT);
            GraphClient.Page p = c.get(c.url("v1.0/subscribedSkus"));
            assertThat(new String(p.body())).contains("skuPartNumber");
            assertThat(slept).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
            assertThat(c.waited()).isEqualTo(Duration.ofSeconds(14));
        }
    }

    @Test
    void throttledWithoutRetryAfterBacksOffExponentiallyWithJitter() throws Exception {
        try (FakeGraph g = new FakeGraph(TenantFixtures.FLAT, TOKEN)) {
            g.fail("domains", new FakeGraph.Failure(503, FakeGraph.THROTTLED, null, 3, false));
            GraphClient c = client(g, new GraphClient.Retry(8, Duration.ofSeconds(2), Duration.ofSeconds(120), Duration.ofMinutes(10)));
            c.get(c.url("v1.0/domains"));
            // jitter fixed at 0.5: half of 2 s, 4 s, 8 s
            assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        }
    }

    @Test
    void totalWaitIsCappedThenTheErrorCarriesGraphsRequestId() throws Exception {
        try (FakeGraph g = new FakeGraph(TenantFixtures.FLAT, TOKEN)) {
            g.fail("domains", new FakeGraph.Failure(429, FakeGraph.THROTTLED, "100", 50, false));
            GraphClient c = client(g, new GraphClient.Retry(20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(150)));
            assertThatThrownBy(() -> c.get(c.url("v1.0/domains")))
                    .isInstanceOfSatisfying(GraphException.class, e -> {
                        assertThat(e.status).isEqualTo(429);
                        assertThat(e.code).isEqualTo("TooManyRequests");
                        assertThat(e.requestId).startsWith("req-");
                        assertThat(e.text().english()).contains("GET /v1.0/domains").contains("request-id req-");
                    });
            // each wait capped at 60 s; the third would pass the 150 s total
            assertThat(slept).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
        }
    }

    @Test
    void deniedAndPremiumAnswersAreTold() throws Exception {
        try (FakeGraph g = new FakeGraph(TenantFixtures.FLAT, TOKEN)) {
            g.fail("domains", new FakeGraph.Failure(403, FakeGraph.DENIED, null, 1, false));
            g.fail("auditLogs", new FakeGraph.Failure(403, FakeGraph.NON_PREMIUM, null, 1, false));
            g.fail("roleManagement/directory/roleEligibility", new FakeGraph.Failure(400, FakeGraph.NEEDS_P2, null, 1, false));
            GraphClient c = client(g, GraphClient.Retry.DEFAULT);
            GraphException denied = catchIt(() -> c.get(c.url("v1.0/domains")));
            assertThat(denied.refused()).isTrue();
            assertThat(denied.needsPremium()).isFalse();
            assertThat(denied.code).isEqualTo("Authorization_RequestDenied");
            assertThat(catchIt(() -> c.get(c.url("v1.0/auditLogs/directoryAudits"))).needsPremium()).isTrue();
            assertThat(catchIt(() -> c.get(c.url("v1.0/roleManagement/directory/roleEligibilityScheduleInstances"))).needsPremium()).isTrue();
            assertThat(slept).isEmpty();
        }
    }

    @Test
    void everyRequestCarriesAFreshClientRequestIdAndTheToken() throws Exception {
        try (FakeGraph g = new FakeGraph(TenantFixtures.FLAT, TOKEN)) {
            GraphClient c = client(g, GraphClient.Retry.DEFAULT);
            c.get(c.url("v1.0/domains"));
            c.get(c.url("v1.0/domains"));
            assertThat(g.requests()).hasSize(2);
            assertThat(g.requests().get(0).clientRequestId()).matches("[0-9a-f-]{36}").isNotEqualTo(g.requests().get(1).clientRequestId());
            assertThat(g.requests().get(0).authorization()).isEqualTo("Bearer " + TOKEN);
        }
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() throws Exception {
        try (FakeGraph g = new FakeGraph(TenantFixtures.FLAT, TOKEN)) {
            GraphClient c = client(g, GraphClient.Retry.DEFAULT);
            assertThatThrownBy(() -> c.get("https://evil.example/v1.0/users?$skiptoken=1"))
                    .isInstanceOf(GraphException.class).hasMessageContaining("evil.example");
            assertThat(g.requests()).isEmpty();
        }
    }

    @Test
    void retryAfterAsHttpDateAndGarbage() {
        assertThat(GraphClient.retryAfter("12")).isEqualTo(Duration.ofSeconds(12));
        assertThat(GraphClient.retryAfter("soon")).isNull();
        assertThat(GraphClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(GraphClient.acceptableRoot(URI.create("http://127.0.0.1:8080"))).isTrue();
        assertThat(GraphClient.acceptableRoot(URI.create("http://graph.example"))).isFalse();
        assertThat(GraphClient.acceptableRoot(URI.create("https://graph.microsoft.com"))).isTrue();
    }

    @Test
    void cloudsPickTheirEndpoints() {
        assertThat(Cloud.parse("usgov-dod").graph).hasToString("https://dod-graph.microsoft.us");
        assertThat(Cloud.parse("usgov").authority).hasToString("https://login.microsoftonline.us");
        assertThat(Cloud.parse("china").graph).hasToString("https://microsoftgraph.chinacloudapi.cn");
        assertThat(Cloud.parse("GLOBAL").authority).hasToString("https://login.microsoftonline.com");
        assertThat(Cloud.parse("mars")).isNull();
    }

    static GraphException catchIt(Runnable r) {
        try {
            r.run();
        } catch (GraphException e) {
            return e;
        }
        throw new AssertionError("no GraphException");
    }
}
