package fr.pepites;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The Actuator as operations use it: the load balancer's health open without login and without details, the full
 * health (database, engine, mail, the job executors' backlog) and the metrics for administrators only.
 */
@PepitesSpringTest
class ObservabilityTest {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String email) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (email != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (email + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoadBalancersHealthIsOpenAndSaysOnlyUpOrDown() throws Exception {
        HttpResponse<String> health = get("/actuator/health/balancer", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/health", null).body()).doesNotContain("components");
    }

    @Test
    void theLoadBalancersHealthSaysOutOfServiceUntilTheNodeIsReady() throws Exception {
        // A node refuses traffic until its start-up loaders (reference data, demo, first administrator) are done:
        // Spring Boot tells the node ready only after its application runners.
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> starting = get("/actuator/health/balancer", null);

            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/actuator/health/balancer", null).statusCode()).isEqualTo(200);
    }

    @Test
    void administratorsSeeEveryComponentOfTheHealthAndTheMetrics() throws Exception {
        HttpResponse<String> health = get("/actuator/health", TestUsers.ADMIN);

        // The engine's "jobExecutor" component is there when the job executor runs (not in tests, which run jobs).
        assertThat(health.body()).contains("\"db\"", "\"processEngine\"", "\"mail\"", "\"jobBacklog\"",
                "\"dueJobs\"", "\"oldestDueWaitedMinutes\"", "\"jobsOutOfTries\"");
        assertThat(get("/actuator/metrics/pepites.referrals?tag=status:SENT", TestUsers.ADMIN).body())
                .contains("\"name\":\"pepites.referrals\"");
        assertThat(get("/actuator/metrics", TestUsers.ADMIN).body()).contains("pepites.tasks.open",
                "pepites.tasks.oldest.age", "pepites.mails.waiting", "pepites.mails.failed", "pepites.incidents");
    }

    @Test
    void metricsAndDetailsAreClosedToEveryoneElse() throws Exception {
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", TestUsers.COORDINATOR).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/health", TestUsers.COORDINATOR).body()).doesNotContain("components");
    }

    @Test
    void referralsAreCountedByStatus() {
        double sent = registry.get("pepites.referrals").tag("status", "SENT").gauge().value();
        double draft = registry.get("pepites.referrals").tag("status", "DRAFT").gauge().value();

        assertThat(sent + draft).as("the demo's referrals").isPositive();
    }
}
