package dev.storybot.answering;

import java.util.regex.Pattern;

/** Recognises text about a group of people ("developers", "开发者", "개발자"), which answers a "who" question. */
final class PeopleGroups {

    /** Nouns for groups of people, per language: a language resource. */
    static final String RESOURCE = "/language/people-groups.txt";

    private static final java.util.Map<String, Pattern> CUES = CueFile.load(RESOURCE);
    private static final Pattern GROUP = CUES.get("group");
    private static final Pattern COUNT = CUES.get("count");
    private static final Pattern COUNTED = CUES.get("counted");

    private PeopleGroups() {}

    /** True when the question asks how many people ("how many people took part", "多少人", "몇 명"). */
    static boolean asksCount(String question) {
        return COUNT.matcher(question).find();
    }

    /** True when a figure's label counts people ("healthy volunteers", "passengers"). */
    static boolean counted(String label) {
        return label != null && COUNTED.matcher(label).find();
    }

    /** True when the text names a group of people. */
    static boolean names(String text) {
        return text != null && GROUP.matcher(text).find();
    }
}
