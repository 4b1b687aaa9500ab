package fr.pepites.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's health ({@code db}, in the load balancer's group), in place of Spring Boot's, which waits as long as
 * a request for a connection (5 s, {@code connection-timeout}) and then for the database without limit: a balancer
 * with a shorter timeout saw a hang, not DOWN. A check answers within {@link #PATIENCE}; one that takes longer says
 * DOWN and goes on in the background, where the next checks wait for it rather than start another.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    static final Duration PATIENCE = Duration.ofMillis(1500);

    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> running;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try {
            return current().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + PATIENCE.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private synchronized Future<Health> current() {
        if (running == null || running.isDone()) {
            running = checker.submit(this::check);
        }
        return running;
    }

    private Health check() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, PATIENCE.toSeconds());
            return (connection.isValid(seconds) ? Health.up() : Health.down())
                    .withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
