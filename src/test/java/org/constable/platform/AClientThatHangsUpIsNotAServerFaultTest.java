package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.constable.platform.api.ApiProblems;
import org.constable.platform.api.ProblemCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A client that cuts its connection (an evidence upload broken off, a closed tab) is not a fault of
 * the server: it is logged as information, never as an ERROR an operator is paged for; a real
 * fault still is.
 */
class AClientThatHangsUpIsNotAServerFaultTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ApiProblems.class);
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();
    private final MockHttpServletRequest request =
            new MockHttpServletRequest("PATCH", "/api/v1/digital-evidence/7/upload");

    @BeforeEach
    void listen() {
        seen.start();
        logger.addAppender(seen);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(seen);
    }

    @Test
    void aConnectionCutByTheClientIsLoggedAsInformation() {
        var cut = new ClientAbortException(new IOException("Broken pipe"));

        ApiProblems.logServerFault(ProblemCatalogue.describe(cut), cut, request);

        assertThat(seen.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO);
        assertThat(seen.list.get(0).getFormattedMessage()).contains("Client went away during PATCH");
    }

    @Test
    void theLogNamesTheRequestTheClientMadeNotTheErrorPage() {
        var onTheErrorDispatch = new MockHttpServletRequest("PATCH", "/error");
        onTheErrorDispatch.setAttribute(
                jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/digital-evidence/7/upload");
        var cut = new ClientAbortException(new IOException("Broken pipe"));

        ApiProblems.logServerFault(ProblemCatalogue.describe(cut), cut, onTheErrorDispatch);

        assertThat(seen.list.get(0).getFormattedMessage())
                .contains("PATCH /api/v1/digital-evidence/7/upload")
                .doesNotContain("/error");
    }

    @Test
    void aRealFaultIsStillAnError() {
        var fault = new IllegalStateException("a bug");

        ApiProblems.logServerFault(ProblemCatalogue.describe(fault), fault, request);

        assertThat(seen.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
    }
}
