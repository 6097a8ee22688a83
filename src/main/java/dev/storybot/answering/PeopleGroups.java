package dev.storybot.answering;

import java.util.regex.Pattern;

/** Recognises text about a group of people ("developers", "开发者", "개발자"), which answers a "who" question. */
final class PeopleGroups {

    /** Nouns for groups of people, per language: a language resource. */
    static final String RESOURCE = "/language/people-groups.txt";

    private static final Pattern GROUP = CueFile.load(RESOURCE).get("group");

    private PeopleGroups() {}

    /** True when the text names a group of people. */
    static boolean names(String text) {
        return text != null && GROUP.matcher(text).find();
    }
}
