package dev.storybot.answering;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a language resource of cues: lines {@code name = regular expression}, several lines per name OR-ed
 * together, blank lines and {@code #} comments skipped; each name becomes one case-insensitive Unicode pattern.
 */
final class CueFile {

    private static final Pattern LINE = Pattern.compile("^([\\w.-]+)\\s*=\\s*(.+)$");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private CueFile() {}

    /** The patterns by name, in the file's order. */
    static Map<String, Pattern> load(String resource) {
        Map<String, Pattern> cues = new LinkedHashMap<>();
        sources(resource).forEach((name, source) -> cues.put(name, Pattern.compile(source, FLAGS)));
        return cues;
    }

    /** One cue's pattern from its source, with the flags every cue has. */
    static Pattern compile(String source) {
        return Pattern.compile(source, FLAGS);
    }

    /** The lines' right-hand sides by name as written (several lines with one name joined by a space): plain lists. */
    static Map<String, String> values(String resource) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : dev.storybot.core.WordList.lines(resource)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                values.merge(m.group(1), m.group(2).strip(), (a, b) -> a + " " + b);
            }
        }
        return values;
    }

    /** The patterns' sources by name, for cues that are completed at run time (a placeholder replaced). */
    static Map<String, String> sources(String resource) {
        InputStream in = CueFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String stripped = line.strip();
                Matcher m = LINE.matcher(stripped);
                if (!stripped.startsWith("#") && m.matches()) {
                    alternatives
                            .computeIfAbsent(m.group(1), k -> new ArrayList<>())
                            .add("(?:" + m.group(2).strip() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        alternatives.forEach((name, list) -> sources.put(name, String.join("|", list)));
        return sources;
    }
}
