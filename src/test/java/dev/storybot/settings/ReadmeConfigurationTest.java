package dev.storybot.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the list of {@link Variable}s: same names, defaults and meanings. */
class ReadmeConfigurationTest {

    private static final Path README = Path.of("README.md");
    private static final String SECTION = "## Configuration";
    /** A table row that documents a variable: {@code | `NAME` | default | meaning |}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\| (.*) \\| (.*) \\|$");

    @Test
    void should_document_every_declared_variable_and_declare_every_documented_one() throws IOException {
        Set<String> documented = new TreeSet<>(rows(configurationSection()).keySet());
        Set<String> declared =
                Arrays.stream(Variable.values()).map(Variable::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(difference(documented, declared))
                .as("documented in README.md but not declared in Variable")
                .isEmpty();
        assertThat(difference(declared, documented))
                .as(
                        "declared in Variable but not documented in README.md;" + " the table should read:%n%s",
                        expectedTable())
                .isEmpty();
    }

    @Test
    void should_show_each_variables_declared_default_and_meaning() throws IOException {
        assertThat(String.join("\n", rows(configurationSection()).values()))
                .as("README.md's configuration table, generated from Variable")
                .isEqualTo(expectedTable());
    }

    @Test
    void should_keep_one_configuration_table() throws IOException {
        String section = configurationSection();
        List<String> elsewhere = readme().lines()
                .filter(line -> ROW.matcher(line).matches())
                .filter(line -> !section.contains(line))
                .toList();

        assertThat(elsewhere)
                .as("variables documented outside the configuration table")
                .isEmpty();
    }

    /** The rows as they should appear, one per variable in declaration order. */
    static String expectedTable() {
        return Arrays.stream(Variable.values())
                .map(v -> "| `" + v.name() + "` | " + v.defaultText() + " | " + v.description() + " |")
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, String> rows(String markdown) {
        Map<String, String> rows = new LinkedHashMap<>();
        markdown.lines().forEach(line -> {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(1), line);
            }
        });
        return rows;
    }

    private static String configurationSection() throws IOException {
        String readme = readme();
        int start = readme.indexOf("\n" + SECTION + "\n");
        assertThat(start).as("README.md has a '%s' section", SECTION).isNotNegative();
        int end = readme.indexOf("\n## ", start + SECTION.length() + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
