package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates are found as a text writes them, to the precision written (year-month-day, 0 for a part not written). */
class DateMentionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Cracks were found on November 3 and on Nov. 16, 2019 | ?-11-3 2019-11-16",
                "on 26 April 2016 | 2016-4-26",
                "from February 2016 through May 2017 | 2016-2-0 2017-5-0",
                "during a Europa flyby in 1997. | 1997-0-0",
                "2019-11-19 | 2019-11-19",
                "their last day is Sept. 9 | ?-9-9",
                "it may rain in December, the mayor said | ?-12-0",
                "May I ask about the 2,300 tons? | -",
                "The Marching band cost $2019 and 2050% more | -",
                "a launch in the mid-2020s, as in the 1990s and the 1980's | -",
                "病例在2019年11月3日确诊，11月16日又报告一例 | 2019-11-3 ?-11-16",
                "2019년 11월 3일에 확인됐고 11월 16일에 | 2019-11-3 ?-11-16",
            })
    void should_find_each_date_to_the_precision_it_is_written(String text, String expected) {
        String found = DateMentions.in(text).stream()
                .map(d -> (d.year().isPresent() ? String.valueOf(d.year().getAsInt()) : "?") + "-" + d.month() + "-"
                        + d.day())
                .collect(Collectors.joining(" "));

        assertThat(found.isEmpty() ? "-" : found).isEqualTo(expected);
    }
}
