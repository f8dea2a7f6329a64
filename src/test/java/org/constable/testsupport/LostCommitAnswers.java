package org.constable.testsupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test only: the database commits a call, but its answer never reaches the application, as when
 * PostgreSQL is restarted in that instant and the driver reports {@code FATAL: terminating
 * connection}. A request sent with the header {@value #HEADER} has the commit of the transaction that
 * inserted its call really done, and then reported to the application as that failure. Part of the
 * shared context (see ConstableHttpTest), inert for every request without the header.
 */
public final class LostCommitAnswers {

    public static final String HEADER = "X-Test-Lose-Commit-Answer";

    private static final ThreadLocal<Boolean> ARMED = new ThreadLocal<>();

    private LostCommitAnswers() {}

    /** Arms the loss for the request that asks for it, on its own thread only. */
    @TestComponent
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static class Arming extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getHeader(HEADER) == null) {
                chain.doFilter(request, response);
                return;
            }
            ARMED.set(Boolean.TRUE);
            try {
                chain.doFilter(request, response);
            } finally {
                ARMED.remove();
            }
        }
    }

    /** Puts the application's pool behind connections whose commit can lose its answer. */
    @TestComponent
    public static class Pool implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!"dataSource".equals(name) || !(bean instanceof HikariDataSource pool) || bean instanceof Losing) {
                return bean;
            }
            HikariConfig config = new HikariConfig();
            pool.copyStateTo(config);
            pool.close();
            return new Losing(config);
        }
    }

    static final class Losing extends HikariDataSource {
        Losing(HikariConfig config) {
            super(config);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = super.getConnection();
            boolean[] wroteCall = {false};
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.startsWith("prepare")
                                && args != null
                                && args.length > 0
                                && args[0] instanceof String sql
                                && sql.toUpperCase(Locale.ROOT).startsWith("INSERT INTO CONTACT.CALL ")) {
                            wroteCall[0] = true;
                        }
                        if (name.equals("rollback") || name.equals("close")) {
                            wroteCall[0] = false;
                        }
                        Object result;
                        try {
                            result = method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (name.equals("commit") && wroteCall[0]) {
                            wroteCall[0] = false;
                            if (Boolean.TRUE.equals(ARMED.get())) {
                                ARMED.remove();
                                throw new SQLException(
                                        "FATAL: terminating connection due to administrator command", "57P01");
                            }
                        }
                        return result;
                    });
        }
    }
}
