package fr.pepites.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes started together on one PostgreSQL database (an orchestrator starts its replicas at once) set it up one at a
 * time: Flyway's migrations, Camunda's schema (created by the engine as it is built, which Flyway's own lock does not
 * cover) and the start-up loaders (reference data, demo data, first administrator, which load into an empty database
 * only and would each insert their rows twice). A node holds a PostgreSQL advisory lock on a connection of its own
 * from before Flyway and the engine until it is ready; the next node then finds everything in place. The lock goes
 * with the connection: a node that fails or is killed while starting releases it. H2 (a file, one node) needs none.
 */
@Component(DatabaseSetupLock.BEAN)
class DatabaseSetupLock implements DisposableBean {

    static final String BEAN = "databaseSetupLock";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSetupLock.class);
    /** Any number of our own, apart from Flyway's (77431708279161 plus its table name's hash). */
    private static final long KEY = 0x5045504954455321L;

    /** Flyway's migrations wait for the lock. */
    @Bean
    static AbstractDependsOnBeanFactoryPostProcessor flywayAfterDatabaseSetupLock() {
        return new AbstractDependsOnBeanFactoryPostProcessor(Flyway.class, BEAN) {
        };
    }

    /** So does the process engine, which creates or updates Camunda's tables as it is built. */
    @Bean
    static AbstractDependsOnBeanFactoryPostProcessor processEngineAfterDatabaseSetupLock() {
        return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, ProcessEngineFactoryBean.class,
                BEAN) {
        };
    }

    /** The session holding the lock, from this bean's creation until the node is ready or stops. */
    private Connection connection;

    DatabaseSetupLock(DataSourceProperties database) throws SQLException {
        String url = database.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        connection = DriverManager.getConnection(url, database.determineUsername(), database.determinePassword());
        try {
            lock();
        } catch (SQLException e) {
            release();
            throw e;
        }
    }

    private void lock() throws SQLException {
        try (PreparedStatement tryLock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            tryLock.setLong(1, KEY);
            try (ResultSet result = tryLock.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    return;
                }
            }
        }
        LOG.info("Another node is setting up the database: waiting for it to finish its start");
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            lock.execute();
        }
    }

    /** Once the start-up loaders have run (Spring Boot's application runners come before this event). */
    @EventListener(ApplicationReadyEvent.class)
    void release() throws SQLException {
        if (connection != null) {
            // Closing the session releases its advisory locks.
            connection.close();
            connection = null;
        }
    }

    @Override
    public void destroy() throws SQLException {
        release();
    }
}
