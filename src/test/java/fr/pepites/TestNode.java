package fr.pepites;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of the application started by a test, as production starts it: its own web server on a free port, its
 * own process engine with its job executor on, the test profile's demo data and settings otherwise, on the
 * database given (shared with other nodes, or with a run before it).
 */
public record TestNode(String name, ConfigurableApplicationContext context) {

    /** Starts a node on this database (the first node on it creates the schemas and the demo data). */
    public static TestNode start(String name, String databaseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.jmx.enabled=false",
                // Every node's job executor runs the timers and e-mail steps, here looking for due jobs every second.
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                // Several engines in one JVM: the engines' registry needs their names apart.
                "--camunda.bpm.process-engine-name=node-" + name,
                // The name the engine writes in the job log of each job it runs, and as the owner of the jobs it locks.
                "--pepites.node-id=node-" + name));
        args.addAll(List.of(more));
        return new TestNode(name, new SpringApplicationBuilder(PepitesApplication.class).run(args.toArray(String[]::new)));
    }

    /**
     * A database of its own for a test's nodes: a new database on the PostgreSQL server of the tests' second run, or
     * H2 (in memory when only this JVM's nodes use it, in a file under target/ when another process does too).
     */
    public static String database(String name, boolean sharedWithAnotherProcess) throws SQLException {
        String url = System.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            // H2 writes its commits to the file every half second by default: a killed process would lose the last.
            return sharedWithAnotherProcess ? "jdbc:h2:file:./target/" + name + "/db;AUTO_SERVER=TRUE;WRITE_DELAY=0"
                    : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
        return url.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The port its web server listens on. */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Runs an action as this user, in the calling thread. */
    public <T> T as(String email, Callable<T> action) throws Exception {
        TestUsers users = bean(TestUsers.class);
        users.login(email);
        try {
            return action.call();
        } finally {
            users.logout();
        }
    }

    public void stop() {
        context.close();
    }
}
