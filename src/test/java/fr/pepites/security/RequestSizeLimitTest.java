package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The cap on a request body sent without its length (chunked): read up to the limit, an error past it. */
class RequestSizeLimitTest {

    private final RequestSizeLimit.Limit limit = new RequestSizeLimit.Limit(1000);
    private final AtomicLong read = new AtomicLong();
    private final FilterChain readsEverything = (request, response) -> {
        byte[] buffer = new byte[64];
        int n;
        while ((n = request.getInputStream().read(buffer, 0, buffer.length)) > 0) {
            read.addAndGet(n);
        }
    };

    /** A request whose body comes without its length, as a chunked one does. */
    private static MockHttpServletRequest withoutLength(int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[size]);
        return request;
    }

    @Test
    void aBodyWithoutItsLengthIsReadUpToTheLimit() throws Exception {
        limit.doFilter(withoutLength(1000), new MockHttpServletResponse(), readsEverything);

        assertThat(read).hasValue(1000);
    }

    @Test
    void aBodyWithoutItsLengthStopsBeingReadPastTheLimit() {
        assertThatThrownBy(() -> limit.doFilter(withoutLength(50_000), new MockHttpServletResponse(),
                readsEverything)).isInstanceOf(IOException.class).hasMessageContaining("trop volumineuse");
        assertThat(read.get()).isLessThanOrEqualTo(1000 + 64);
    }

    @Test
    void aBodyDeclaredOverTheLimitIsAnswered413BeforeAnythingIsRead() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setContent(new byte[2000]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(request, response, readsEverything);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Envoi trop volumineux");
        assertThat(read).hasValue(0);
    }

    @Test
    void anUploadHasALimitOfItsOwnAndOtherRequestsStillTheirs() throws Exception {
        RequestSizeLimit.Limit limits = new RequestSizeLimit.Limit(1000, 5000);
        MockHttpServletRequest upload = new MockHttpServletRequest("POST",
                RequestSizeLimit.UPLOADS + "3/1/upload");
        upload.setContent(new byte[3000]);
        limits.doFilter(upload, new MockHttpServletResponse(), readsEverything);
        assertThat(read).hasValue(3000);

        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/");
        form.setContent(new byte[3000]);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        limits.doFilter(form, refused, readsEverything);
        assertThat(refused.getStatus()).isEqualTo(413);
    }
}
