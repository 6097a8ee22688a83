package dev.storybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Escaping output and decoding Slack's markup in questions. */
class SlackMarkupTest {

    @Test
    @DisplayName("escape replaces &, < and > with entities and leaves everything else")
    void should_escape_the_three_control_characters() {
        assertThat(SlackMarkup.escape("a & b < c > d *e* _f_ 한국")).isEqualTo("a &amp; b &lt; c &gt; d *e* _f_ 한국");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("toPlain strips the bot's mention and turns Slack markup into what the user typed")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "<@UBOT> when was the vote? => when was the vote?",
                "<@UBOT|storybot> hi => hi",
                "ask <@UBOT> now => ask now",
                "<!channel> hi => @channel hi",
                "<!here> and <!everyone> => @here and @everyone",
                "<!subteam^S123|@editors> look => @editors look",
                "<@U999> said so => @U999 said so",
                "<@U999|bob> said so => @bob said so",
                "see <#C123|general> => see #general",
                "see <https://example.org|the site> => see the site",
                "see <https://example.org> => see https://example.org",
                "5 &lt; 6 &amp;&amp; 7 &gt; 3 => 5 < 6 && 7 > 3",
                "typed &amp;lt; literally => typed &lt; literally",
            })
    void should_decode_slack_markup(String slackText, String plain) {
        assertThat(SlackMarkup.toPlain(slackText, "UBOT")).isEqualTo(plain);
    }

    @Test
    @DisplayName("toPlain of null is empty")
    void should_treat_null_as_empty() {
        assertThat(SlackMarkup.toPlain(null, "UBOT")).isEmpty();
    }
}
