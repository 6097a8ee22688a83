package dev.storybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.settings.SlackSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where answers to {@code /ask} and button clicks may be posted. */
class ResponseUrlPolicyTest {

    @ParameterizedTest(name = "with Slack''s own Web API, {0} is allowed: {1}")
    @CsvSource({
        "https://hooks.slack.com/commands/T0001/1234/abcd, true",
        "https://slack.com/response/1, true",
        "https://HOOKS.SLACK.COM/actions/T0001/1/x, true",
        "http://hooks.slack.com/commands/T0001/1234/abcd, false",
        "https://hooks.slack.com:8443/commands/T0001/1234/abcd, false",
        "https://hooks.slack.com.attacker.example/commands/1, false",
        "https://evilslack.com/commands/1, false",
        "https://user@hooks.slack.com/commands/1, false",
        "https://127.0.0.1/commands/1, false",
        "ftp://hooks.slack.com/commands/1, false",
        "not a url at all, false"
    })
    void should_allow_only_https_on_slack_com_by_default(String responseUrl, boolean allowed) {
        assertThat(ResponseUrlPolicy.forApiUrl(SlackSettings.DEFAULT_API_URL).allows(responseUrl))
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "with the Web API at http://127.0.0.1:4000/api/, {0} is allowed: {1}")
    @CsvSource({
        "http://127.0.0.1:4000/response/1, true",
        "http://127.0.0.1:4001/response/1, false",
        "https://127.0.0.1:4000/response/1, false",
        "http://localhost:4000/response/1, false",
        "https://hooks.slack.com/commands/T0001/1234/abcd, false"
    })
    void should_allow_only_the_configured_web_apis_origin_when_it_is_overridden(String responseUrl, boolean allowed) {
        assertThat(ResponseUrlPolicy.forApiUrl("http://127.0.0.1:4000/api/").allows(responseUrl))
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "a missing or empty response_url [{index}]")
    @CsvSource(
            nullValues = "NULL",
            value = {"NULL", "''"})
    void should_allow_no_missing_response_url(String responseUrl) {
        assertThat(ResponseUrlPolicy.forApiUrl(SlackSettings.DEFAULT_API_URL).allows(responseUrl))
                .isFalse();
    }
}
