package fr.pepites.benchmark;

import fr.pepites.PepitesApplication;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@Tag("benchmark")
class ParseProbe {
    static final Map<String, AtomicLong> stats = new ConcurrentHashMap<>();
    static volatile boolean on;
    static volatile String side = "";
    static final java.util.List<String> seq = new java.util.ArrayList<>();

    static Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(ParseProbe.class.getClassLoader(), new Class<?>[] {Connection.class},
                (InvocationHandler) (p, m, args) -> {
                    if (on && m.getName().equals("prepareStatement")) {
                        String sql = ((String) args[0]).replaceAll("\\s+", " ").trim();
                        stats.computeIfAbsent(side + " | " + sql.substring(0, Math.min(110, sql.length())),
                                k -> new AtomicLong()).incrementAndGet();
                        stats.computeIfAbsent(side + " TOTAL", k -> new AtomicLong()).incrementAndGet();
                        if (side.equals("ONE")) seq.add(sql.substring(0, Math.min(90, sql.length())));
                    }
                    if (on && (m.getName().equals("rollback") || m.getName().equals("setSchema") || m.getName().equals("setReadOnly"))) {
                        StringBuilder sb = new StringBuilder("CALL " + m.getName() + (args == null ? "" : " " + java.util.Arrays.toString(args)));
                        int n = 0;
                        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
                            if (e.getClassName().startsWith("fr.pepites") && !e.getClassName().contains("ParseProbe") || e.getClassName().startsWith("org.springframework") && n++ < 4) sb.append(" < ").append(e.getClassName().replaceAll(".*\\.", "")).append(".").append(e.getMethodName()).append(":").append(e.getLineNumber());
                        }
                        stats.computeIfAbsent(sb.toString(), k -> new AtomicLong()).incrementAndGet();
                    }
                    try {
                        return m.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void run() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PepitesApplication.class)
                .profiles("benchmark").properties("server.port=0")
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        if (bean instanceof com.zaxxer.hikari.HikariDataSource ds) {
                            return new org.springframework.jdbc.datasource.DelegatingDataSource(ds) {
                                @Override
                                public Connection getConnection() throws java.sql.SQLException {
                                    return wrap(super.getConnection());
                                }
                            };
                        }
                        return bean;
                    }
                }))
                .run("--spring.datasource.url=jdbc:h2:file:./target/probe/pepites;QUERY_CACHE_SIZE=256", "--logging.level.com.zaxxer.hikari.pool.ProxyConnection=debug")) {
            Class<?> timesClass = Class.forName("fr.pepites.benchmark.ReferralBenchmark$StepTimes");
            var ctor = timesClass.getDeclaredConstructor();
            ctor.setAccessible(true);
            var dm = ReferralBenchmark.class.getDeclaredMethod("domainLifecycle", ConfigurableApplicationContext.class, timesClass);
            dm.setAccessible(true);
            var sm = ReferralBenchmark.class.getDeclaredMethod("springManagedLifecycle", ConfigurableApplicationContext.class, timesClass);
            sm.setAccessible(true);
            ReferralBenchmark b = new ReferralBenchmark();
            Runnable spring = (Runnable) sm.invoke(b, app, ctor.newInstance());
            Runnable domain = (Runnable) dm.invoke(b, app, ctor.newInstance());
            for (int i = 0; i < 100; i++) { spring.run(); domain.run(); }
            on = true;
            side = "S";
            for (int i = 0; i < 100; i++) spring.run();
            side = "D";
            for (int i = 0; i < 100; i++) domain.run();
            side = "ONE";
            domain.run();
            on = false;
            seq.forEach(x -> System.out.println("SEQ " + x));
        }
        new TreeMap<>(stats).forEach((k, v) -> { if (true) System.out.println(v.get() + "\t" + k); });
    }
}
