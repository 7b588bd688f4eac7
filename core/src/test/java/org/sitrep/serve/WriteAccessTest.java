package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The write token and the body cap. */
class WriteAccessTest {
    @Test
    void onlyTheConfiguredBearerTokenMayWrite() {
        WriteAccess access = new WriteAccess("s3cret-token", 100);
        assertThat(access.refusal("Bearer s3cret-token")).isNull();
        assertThat(access.refusal("bearer  s3cret-token ")).as("scheme in any case, spaces stripped").isNull();
        assertThat(access.refusal("Bearer s3cret-tokem").status).isEqualTo(401);
        assertThat(access.refusal("Basic s3cret-token").status).isEqualTo(401);
        assertThat(access.refusal(null).status).isEqualTo(401);
    }

    @Test
    void withoutATokenNothingMayWrite() {
        ApiError refused = new WriteAccess(null, 100).refusal("Bearer anything");
        assertThat(refused.status).isEqualTo(403);
        assertThat(refused).hasMessageContaining("without a write token");
    }

    @Test
    void aBodyUpToTheCapIsReadAndALongerOneIsA413() throws Exception {
        WriteAccess access = new WriteAccess("t", 5);
        assertThat(access.bounded(new ByteArrayInputStream("12345".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("12345".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> access.bounded(new ByteArrayInputStream("123456".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ApiError.class).hasMessage("the request body is larger than 5 bytes")
                .extracting(e -> ((ApiError) e).status).isEqualTo(413);
    }
}
