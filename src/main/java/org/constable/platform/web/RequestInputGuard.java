package org.constable.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.constable.platform.api.ProblemCatalogue;
import org.constable.platform.api.RequestTooLarge;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads the request, input no handler should ever see: a control
 * character (NUL and the like; tab and line breaks are allowed in values) in the address or in a
 * parameter's name or value, and a body over the configured size. The refusal is a 400 naming the
 * parameter, or a 413, answered by the error endpoint as a problem or an error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestInputGuard extends OncePerRequestFilter {

    private final long maxBodyBytes;
    private final java.util.regex.Pattern streamed;

    RequestInputGuard(
            @Value("${constable.http.max-body-size:10MB}") DataSize maxBodySize,
            @Value("${constable.http.streamed-body-paths:^$}") String streamedBodyPaths) {
        this.maxBodyBytes = maxBodySize.toBytes();
        this.streamed = java.util.regex.Pattern.compile(streamedBodyPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RuntimeException refusal = refusal(request);
        if (refusal != null) {
            refuse(request, response, refusal);
            return;
        }
        try {
            chain.doFilter(streamed(request) ? request : new Limited(request, maxBodyBytes), response);
        } catch (RequestTooLarge | ServletException e) {
            if (ProblemCatalogue.describe(e).status().value() != 413 || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, e instanceof RequestTooLarge t ? t : new RequestTooLarge(maxBodyBytes));
        }
    }

    /** A body streamed to storage by its handler, never held in memory (configured paths only). */
    private boolean streamed(HttpServletRequest request) {
        return streamed.matcher(request.getRequestURI()).matches();
    }

    private @Nullable RuntimeException refusal(HttpServletRequest request) {
        if (request.getContentLengthLong() > maxBodyBytes && !streamed(request)) {
            return new RequestTooLarge(maxBodyBytes);
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (hasControl(path, false)) {
            return new InvalidInput("path", "The address holds a control character, which is not allowed.");
        }
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String name = p.getKey();
            if (hasControl(name, false)) {
                return new InvalidInput(
                        "parameter", "A parameter name holds a control character, which is not allowed.");
            }
            for (String value : p.getValue()) {
                if (hasControl(value, true)) {
                    return new InvalidInput(name, name + " must not contain control characters such as NUL.");
                }
            }
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, RuntimeException refusal)
            throws IOException {
        request.setAttribute(ErrorEndpoint.REFUSAL, refusal);
        response.sendError(ProblemCatalogue.describe(refusal).status().value());
    }

    /** C0 controls and DEL; tab, line feed and carriage return only where {@code lineBreaksAllowed}. */
    static boolean hasControl(String s, boolean lineBreaksAllowed) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean breakOrTab = c == '\t' || c == '\n' || c == '\r';
            if ((c < 0x20 && !(lineBreaksAllowed && breakOrTab)) || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Counts what is read of a body sent without a length, and stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private @Nullable ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new RequestTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
