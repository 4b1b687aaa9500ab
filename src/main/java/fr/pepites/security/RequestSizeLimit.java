package fr.pepites.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body over {@code pepites.security.max-request-size} (4 MB) reaches the application, whatever it carries
 * (a form's field typed or forged, an API call), nor an upload over {@code pepites.security.max-upload-size} (12 MB:
 * the largest file, a resource's 10 MB PDF, and its envelope; each upload then holds to its own limit,
 * {@code ui.FrenchUpload}): a body declared larger is answered HTTP 413 with the French page before it is read; one
 * sent without its length stops being read at the limit. Before every other filter, Spring Security's included.
 */
@Configuration
class RequestSizeLimit {

    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimit.class);

    /** Where Vaadin's upload components send their files. */
    static final String UPLOADS = "/VAADIN/dynamic/resource/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
            @Value("${pepites.security.max-request-size:4MB}") DataSize max,
            @Value("${pepites.security.max-upload-size:12MB}") DataSize maxUpload) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit(
                max.toBytes(), maxUpload.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("requestSizeLimit");
        return registration;
    }

    /** The filter: refuses what is declared too large, caps what is not declared. */
    static final class Limit extends OncePerRequestFilter {

        private final long maxRequest;
        private final long maxUpload;

        Limit(long max) {
            this(max, max);
        }

        Limit(long maxRequest, long maxUpload) {
            this.maxRequest = maxRequest;
            this.maxUpload = maxUpload;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long max = request.getRequestURI().contains(UPLOADS) ? maxUpload : maxRequest;
            long declared = request.getContentLengthLong();
            if (declared > max) {
                LOG.info("Requête refusée : {} octets envoyés à {}, {} au plus", declared,
                        LogText.of(request.getRequestURI()), max);
                ContainerErrorPage.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            chain.doFilter(declared < 0 ? new Capped(request, max) : request, response);
        }
    }

    /** A request whose body, sent without its length, ends in an error past the limit. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream capped;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream(), max);
            }
            return capped;
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        CappedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
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
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new IOException("Requête trop volumineuse : plus de " + max + " octets");
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
