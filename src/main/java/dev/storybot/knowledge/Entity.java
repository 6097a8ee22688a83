package dev.storybot.knowledge;

import java.util.List;

/**
 * A person, company, model or publication the story names, with every spelling people use for it.
 *
 * @param id      stable id referenced by facts, e.g. "murati"
 * @param name    the canonical English name, e.g. "Mira Murati"
 * @param type    person, company, model, publication, platform, country, ...
 * @param country the country it belongs to as the story says or implies (e.g. "China", "US"), or null
 * @param aliases other spellings and short forms, e.g. "Mirra Murati", "Murati"
 * @param zh      Chinese names
 * @param ko      Korean names
 */
public record Entity(
        String id, String name, String type, String country, List<String> aliases, List<String> zh, List<String> ko) {

    /** The type of a name found in an article whose kind nothing in the article tells. */
    public static final String UNTYPED = "name";

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        zh = zh == null ? List.of() : List.copyOf(zh);
        ko = ko == null ? List.of() : List.copyOf(ko);
    }

    /** Every name in every language, canonical name first. */
    public List<String> allNames() {
        var names = new java.util.ArrayList<String>();
        names.add(name);
        names.addAll(aliases);
        names.addAll(zh);
        names.addAll(ko);
        return names;
    }
}
