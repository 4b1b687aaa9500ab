package fr.pepites;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes started at the same instant on an empty PostgreSQL database, as an orchestrator starts its replicas: both
 * come up and serve. PostgreSQL only: production's multi-node database (H2 in file mode serves one node).
 */
@EnabledIfSystemProperty(named = "pepites.test.database", matches = "postgres")
class FirstStartTogetherTest {

    private final List<TestNode> nodes = new ArrayList<>();

    @AfterEach
    void stopTheNodes() {
        nodes.forEach(TestNode::stop);
    }

    @Test
    void twoNodesStartedTogetherOnAnEmptyDatabaseBothServe() throws Exception {
        String url = TestNode.database("first_start_together", false);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<TestNode>> starts = new ArrayList<>();
            for (String name : List.of("first", "second")) {
                starts.add(threads.submit(() -> {
                    together.await();
                    return TestNode.start(name, url);
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<TestNode> start : starts) {
                try {
                    nodes.add(start.get());
                } catch (Exception e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).as("nodes that did not start").isEmpty();
        } finally {
            threads.shutdownNow();
        }

        for (TestNode node : nodes) {
            assertThat(balancerHealth(node).statusCode()).as(node.name()).isEqualTo(200);
            assertThat(HttpLogin.location(HttpLogin.post(HttpLogin.newBrowser(), node.port(), TestUsers.COORDINATOR,
                    TestUsers.PASSWORD))).as(node.name()).doesNotContain("login");
        }
    }

    private static HttpResponse<String> balancerHealth(TestNode node) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + node.port() + "/actuator/health/balancer")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
