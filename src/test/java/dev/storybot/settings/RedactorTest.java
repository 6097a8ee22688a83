package dev.storybot.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {

    private static final String KEY = "sk-test/abc+def=ghi";
    private static final Redactor REDACTOR = Redactor.of(List.of(KEY, "xoxb-123-456"));

    static Stream<Arguments> redacted() {
        return Stream.of(
                Arguments.of("401 for key sk-test/abc+def=ghi", "401 for key ****"),
                Arguments.of("GET /v1/models?key=sk-test%2Fabc%2Bdef%3Dghi failed", "GET /v1/models?key=**** failed"),
                Arguments.of("Authorization: Bearer sk-other-key-we-never-saw", "Authorization: Bearer ****"),
                Arguments.of("token xoxb-123-456 rejected", "token **** rejected"),
                Arguments.of("nothing secret here", "nothing secret here"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redacted")
    void should_mask_secrets_as_written_url_encoded_and_as_bearer_credentials(String text, String safe) {
        assertThat(REDACTOR.redact(text)).isEqualTo(safe);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redacted")
    void should_leave_no_part_of_a_secret_when_cut_after_redaction(String text, String safe) {
        String cut = REDACTOR.redact(text).substring(0, Math.min(20, safe.length()));

        assertThat(cut).doesNotContain("sk-test").doesNotContain("abc+def").doesNotContain("xoxb-123");
    }
}
