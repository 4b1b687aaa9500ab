package fr.pepites;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * While the database is away (its server stopped under a running node), the load balancer is told DOWN within 2 s and
 * users are told in French that the service is
 * briefly unavailable: a page (HTTP 503, a way to try again and a way back, nothing of the internals), a login (not
 * "wrong password", not counted against the login); once the database is back, the node serves again. The database is
 * an H2 server of this test (its files in target/), on both test runs: what is tested is the node's answer to a lost database.
 */
class DatabaseOutageTest {

    private static final Path FILES = Path.of("target", "outage");
    private static Server database;
    private static TestNode node;

    @BeforeAll
    static void aNodeOnADatabaseServerOfItsOwn() throws Exception {
        FileSystemUtils.deleteRecursively(FILES);
        database = server(0);
        // Production's pool settings: a request waits 5 s for a connection.
        node = TestNode.start("outage", "jdbc:h2:tcp://localhost:" + database.getPort() + "/./outage");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void whileTheDatabaseIsAwayPagesAndLoginsSayTheServiceIsBrieflyUnavailable() throws Exception {
        HttpClient director = HttpLogin.newBrowser();
        assertThat(HttpLogin.location(HttpLogin.post(director, node.port(), TestUsers.SIAE_DIRECTOR,
                TestUsers.PASSWORD))).doesNotContain("error").doesNotEndWith("/login");
        HttpClient anonymous = HttpLogin.newBrowser();
        get(anonymous, "/login");
        int port = database.getPort();

        database.stop();
        try {
            for (String path : new String[] {"/taches", "/orientations"}) {
                HttpResponse<String> page = get(director, path);
                assertThat(page.statusCode()).as(path).isEqualTo(503);
                assertThat(page.body()).as(path).contains("Service momentanément indisponible", "Réessayez")
                        .doesNotContain("Exception", "Connection refused", "There was an exception", "at org.");
            }
            HttpResponse<String> login = HttpLogin.post(anonymous, node.port(), TestUsers.COORDINATOR,
                    TestUsers.PASSWORD);
            assertThat(HttpLogin.location(login)).as("not a wrong password").endsWith("/login?indisponible");
        } finally {
            database = server(port);
        }

        // The pool replaces its broken connections at the next requests.
        Awaitility.await("served again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(director, "/taches").statusCode() == 200
                        && !HttpLogin.location(HttpLogin.post(HttpLogin.newBrowser(), node.port(),
                                TestUsers.COORDINATOR, TestUsers.PASSWORD)).contains("login"));
    }

    @Test
    void whileTheDatabaseIsAwayTheLoadBalancerIsToldDownWithinTwoSeconds() throws Exception {
        // A balancer waits about 2 s for its health check: past 3 s, this request fails with a timeout.
        HttpRequest balancer = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port()
                + "/actuator/health/balancer")).timeout(Duration.ofSeconds(3)).build();
        HttpClient client = HttpClient.newHttpClient();
        assertThat(client.send(balancer, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        int port = database.getPort();

        database.stop();
        try {
            for (int check = 0; check < 3; check++) {
                HttpResponse<String> health = client.send(balancer, HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).as("check " + check).isEqualTo(503);
                assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\"}");
            }
        } finally {
            database = server(port);
        }

        Awaitility.await("up again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.send(balancer, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    /** The database's server, its files in target/ (they outlive a stop of the server, as a real database's). */
    private static Server server(int port) throws Exception {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir",
                FILES.toString()).start();
    }

    private static HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
