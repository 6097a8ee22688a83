package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.core.WordList;
import java.util.List;

/** The bot's fixed sentences in each language it answers in. */
final class Messages {

    private Messages() {}

    static String refusal(Language language, List<String> suggestions) {
        String lead = switch (language) {
            case ZH -> "这篇报道没有提到这一点，我只回答关于这篇报道的问题。你可以问：";
            case KO -> "이 기사에는 그 내용이 없습니다. 이 기사에 관한 질문에만 답할 수 있어요. 이렇게 물어보세요:";
            case EN -> "The story doesn't cover that, and I only answer from the story. You could ask:";
        };
        return lead + bullets(suggestions);
    }

    /** A refusal of a question whose premise the story contradicts, followed by what the story does say. */
    static String premise(Language language, String said) {
        return switch (language) {
            case ZH -> "报道并没有这样说。报道说的是：" + said;
            case KO -> "기사는 그렇게 말하지 않습니다. 기사 내용: " + said;
            case EN -> "The story doesn't say that. What it says: " + said;
        };
    }

    static String intro(Language language, String title, List<String> suggestions) {
        String lead = switch (language) {
            case ZH -> "你好！我回答关于这篇报道的问题：「" + title + "」。我先直接回答，再引用原文段落。试试：";
            case KO -> "안녕하세요! 이 기사에 관한 질문에 답합니다: \"" + title + "\". 먼저 답하고 원문 문단을 인용합니다. 예:";
            case EN ->
                "Hi! I answer questions about one news story: \"" + title
                        + "\". I answer directly, then quote the paragraph it comes from. Try:";
        };
        return lead + bullets(suggestions);
    }

    /** The note on an answer given in English because the story has no translation of it. */
    static String untranslated(Language language) {
        return switch (language) {
            case ZH -> "这条事实没有中文译文，以下是英文原文。";
            case KO -> "이 내용은 한국어 번역이 없어 영어 원문으로 답합니다.";
            case EN -> null;
        };
    }

    static String welcome(Language language) {
        return switch (language) {
            case ZH -> "不客气！还有关于这篇报道的问题，尽管问。";
            case KO -> "천만에요! 이 기사에 대해 더 궁금한 점이 있으면 물어보세요.";
            case EN -> "You're welcome! Ask me anything else about the story.";
        };
    }

    static String empty(Language language, String example) {
        return switch (language) {
            case ZH -> "请输入一个关于这篇报道的问题，例如：" + example;
            case KO -> "이 기사에 관한 질문을 입력해 주세요. 예: " + example;
            case EN -> "Please type a question about the story, for example: " + example;
        };
    }

    static String tooLong(Language language, int length, int limit) {
        return switch (language) {
            case ZH -> "这条消息有 " + length + " 个字符，请把问题控制在 " + limit + " 个字符以内。";
            case KO -> "메시지가 " + length + "자입니다. 질문은 " + limit + "자 이내로 해 주세요.";
            case EN ->
                "That message is " + String.format("%,d", length) + " characters long; please keep questions under "
                        + String.format("%,d", limit) + " characters.";
        };
    }

    static String difference(Language language, String amount) {
        return switch (language) {
            case ZH -> "两者相差" + amount + "（根据报道中的数字计算）。";
            case KO -> "차이는 " + amount + "입니다(기사의 수치로 계산).";
            case EN -> "The difference is " + amount + " (computed from the story's figures).";
        };
    }

    /** "Yes." or "No." in the asker's language, before a computed answer to a yes/no question. */
    static String yesNo(Language language, boolean yes) {
        return switch (language) {
            case ZH -> yes ? "是的。" : "不是。";
            case KO -> yes ? "네." : "아니요.";
            case EN -> yes ? "Yes." : "No.";
        };
    }

    static String ratio(Language language, String a, String b, String times) {
        return switch (language) {
            case ZH -> a + "是" + b + "的" + times + "倍（根据报道中的数字计算）。";
            case KO -> a + "는 " + b + "의 " + times + "배입니다(기사의 수치로 계산).";
            case EN -> a + " is " + times + " times " + b + " (computed from the story's figures).";
        };
    }

    static String gapShare(Language language, String a, String b, String gap, String percent, String base) {
        return switch (language) {
            case ZH -> a + "与" + b + "相差" + gap + "，相当于" + base + "的" + percent + "%（根据报道中的数字计算）。";
            case KO -> a + "와 " + b + "의 차이는 " + gap + "로, " + base + "의 " + percent + "%입니다(기사의 수치로 계산).";
            case EN ->
                "The gap between " + a + " and " + b + " is " + gap + ", " + percent + "% of " + base
                        + " (computed from the story's figures).";
        };
    }

    static String share(Language language, String part, String whole, String percent) {
        return switch (language) {
            case ZH -> part + "是" + whole + "的" + percent + "%（根据报道中的数字计算）。";
            case KO -> part + "는 " + whole + "의 " + percent + "%입니다(기사의 수치로 계산).";
            case EN -> part + " is " + percent + "% of " + whole + " (computed from the story's figures).";
        };
    }

    /** {@code base} grown ({@code direction} 1), cut (-1) by, or taken ({@code 0}) {@code percent}%: {@code result}. */
    static String scale(Language language, String base, String percent, String result, int direction) {
        return switch (language) {
            case ZH ->
                base + (direction > 0 ? "增长" : direction < 0 ? "减少" : "的") + percent + "%"
                        + (direction == 0 ? "是" : "后是") + result + "（根据数字计算）。";
            case KO ->
                base
                        + (direction > 0
                                ? "에서 " + percent + "% 늘면 "
                                : direction < 0 ? "에서 " + percent + "% 줄면 " : "의 " + percent + "%는 ")
                        + result + "입니다(수치로 계산).";
            case EN ->
                (direction > 0
                                ? base + " grown by " + percent + "% is "
                                : direction < 0
                                        ? base + " cut by " + percent + "% is "
                                        : percent + "% of " + base + " is ")
                        + result + " (computed from those numbers).";
        };
    }

    /** The years from {@code earlier} to {@code later}. */
    static String yearsBetween(Language language, int earlier, int later, int years) {
        return switch (language) {
            case ZH -> "从" + earlier + "年到" + later + "年是" + years + "年（根据这些年份计算）。";
            case KO -> earlier + "년부터 " + later + "년까지 " + years + "년입니다(연도로 계산).";
            case EN -> "From " + earlier + " to " + later + " is " + years + " years (computed from those years).";
        };
    }

    /**
     * The time from {@code from} to {@code to} (dates as the story writes them, or the article's date), in {@code
     * unit}: "days", "weeks", "months" or "years".
     */
    static String elapsed(Language language, String from, String to, String amount, String unit) {
        return switch (language) {
            case ZH ->
                "从" + from + "到" + to + "是" + amount
                        + switch (unit) {
                            case "days" -> "天";
                            case "weeks" -> "周";
                            case "months" -> "个月";
                            default -> "年";
                        }
                        + "（根据报道中的日期计算）。";
            case KO ->
                from + "부터 " + to + "까지 " + amount
                        + switch (unit) {
                            case "days" -> "일";
                            case "weeks" -> "주";
                            case "months" -> "개월";
                            default -> "년";
                        }
                        + "입니다(기사 속 날짜로 계산).";
            case EN ->
                "From " + from + " to " + to + " is " + amount
                        + " " + (amount.equals("1") ? unit.substring(0, unit.length() - 1) : unit)
                        + " (computed from the story's dates).";
        };
    }

    /** The article's own date as one end of a time computed. */
    static String articleDate(Language language, String date) {
        return switch (language) {
            case ZH -> "文章发表时（" + date + "）";
            case KO -> "기사 날짜(" + date + ")";
            case EN -> "the article's date (" + date + ")";
        };
    }

    /** The year of birth of someone {@code age} years old in {@code year} (give or take one). */
    static String born(Language language, int year, int age, int born) {
        return switch (language) {
            case ZH -> year + "年时" + age + "岁，大约是" + born + "年（或" + (born - 1) + "年）出生（根据数字计算）。";
            case KO -> year + "년에 " + age + "살이면 " + born + "년(또는 " + (born - 1) + "년)생입니다(수치로 계산).";
            case EN ->
                age + " in " + year + " means born in " + born + " or " + (born - 1)
                        + " (computed from those numbers).";
        };
    }

    static String sum(Language language, String a, String b, String total) {
        return switch (language) {
            case ZH -> a + "加" + b + "合计" + total + "（根据报道中的数字计算）。";
            case KO -> a + "와 " + b + "를 합치면 " + total + "입니다(기사의 수치로 계산).";
            case EN -> a + " and " + b + " add up to " + total + " (computed from the story's figures).";
        };
    }

    static String rest(Language language, String a, String b, String total, String rest) {
        return switch (language) {
            case ZH -> a + "加" + b + "合计" + total + "，其余占" + rest + "（根据报道中的数字计算）。";
            case KO -> a + "와 " + b + "를 합치면 " + total + "이고, 나머지는 " + rest + "입니다(기사의 수치로 계산).";
            case EN ->
                a + " and " + b + " add up to " + total + ", which leaves " + rest
                        + " for the rest (computed from the story's figures).";
        };
    }

    static String points(Language language, String a, String b, String gap) {
        return switch (language) {
            case ZH -> a + "与" + b + "相差" + gap + "个百分点（根据报道中的数字计算）。";
            case KO -> a + "와 " + b + "의 차이는 " + gap + "%p입니다(기사의 수치로 계산).";
            case EN ->
                a + " and " + b + " are " + gap + " percentage points apart (computed from the story's figures).";
        };
    }

    static String reach(Language language, String value, String target, String left, boolean reached) {
        if (reached) {
            return switch (language) {
                case ZH -> value + "已超过" + target + "，多出" + left + "（根据报道中的数字计算）。";
                case KO -> value + "는 이미 " + target + "를 " + left + " 넘었습니다(기사의 수치로 계산).";
                case EN -> value + " is already " + left + " past " + target + " (computed from the story's figures).";
            };
        }
        return switch (language) {
            case ZH -> value + "距离" + target + "还差" + left + "（根据报道中的数字计算）。";
            case KO -> value + "에서 " + target + "까지 " + left + " 남았습니다(기사의 수치로 계산).";
            case EN -> value + " is " + left + " short of " + target + " (computed from the story's figures).";
        };
    }

    static String list(Language language, String kind, List<String> names) {
        String joined = switch (language) {
            case ZH -> String.join("、", names);
            case KO, EN -> joinEnglish(language, names);
        };
        return switch (language) {
            case ZH -> "报道提到的" + kind + "有：" + joined + "。";
            case KO -> "기사에 나오는 " + kind + ": " + joined + ".";
            case EN -> "The story names these " + kind + ": " + joined + ".";
        };
    }

    /** Where the article comes from; the headline is added when it fits in {@code limit} characters. */
    static String source(Language language, String sourceLine, String url, String title, int limit) {
        boolean linked = url != null && !url.isBlank() && !sourceLine.contains(url);
        String where = switch (language) {
            case ZH -> "这篇报道来自：" + sourceLine + (linked ? "，原文：" + url : "");
            case KO -> "이 기사의 출처: " + sourceLine + (linked ? ", 원문: " + url : "");
            case EN -> "The story comes from " + sourceLine + (linked ? ": " + url : "");
        };
        String withTitle = where
                + switch (language) {
                    case ZH -> "。标题：「" + title + "」";
                    case KO -> ". 제목: \"" + title + "\"";
                    case EN -> ". Headline: \"" + title + "\"";
                };
        return withTitle.length() <= limit ? withTitle : where;
    }

    static String author(Language language, String author, String outlet) {
        return switch (language) {
            case ZH -> "这篇报道的作者是 " + author + "（" + outlet + "）。";
            case KO -> "이 기사는 " + author + "(" + outlet + ")가 썼습니다.";
            case EN -> "The article is by " + author + " (" + outlet + ").";
        };
    }

    static String noAuthor(Language language) {
        return switch (language) {
            case ZH -> "这篇报道没有署名作者。";
            case KO -> "이 기사에는 작성자 이름이 없습니다.";
            case EN -> "The story doesn't name its author.";
        };
    }

    static String noYear(Language language) {
        return switch (language) {
            case ZH -> "这篇报道没有说明发布的年份，只给出了日期。";
            case KO -> "이 기사는 날짜만 밝히고 어느 해에 나온 것인지는 밝히지 않습니다.";
            case EN -> "The story doesn't say which year it is from; it gives only the day.";
        };
    }

    static String published(Language language, String date, String outlet) {
        return switch (language) {
            case ZH -> "这篇报道由 " + outlet + " 于 " + date + " 发布。";
            case KO -> "이 기사는 " + outlet + "에 " + date + "에 실렸습니다.";
            case EN -> "It was published by " + outlet + " on " + date + ".";
        };
    }

    static String headline(Language language, String title) {
        return switch (language) {
            case ZH -> "这篇报道的标题是：「" + title + "」";
            case KO -> "이 기사의 제목은 \"" + title + "\"입니다.";
            case EN -> "The headline is: \"" + title + "\"";
        };
    }

    static String statement(Language language, String statement) {
        return switch (language) {
            case ZH -> "文章附有这样一则声明：“" + statement + "”";
            case KO -> "기사에는 다음 성명이 붙어 있습니다: \"" + statement + "\"";
            case EN -> "The article carries this statement: \"" + statement + "\"";
        };
    }

    /** What a list holds, e.g. "companies", "AI models from China", "中国的模型", "중국 기업". */
    static String listKind(Language language, String type, String country) {
        String noun = kindNoun(language, type, true);
        if (country == null) {
            return noun;
        }
        return switch (language) {
            case ZH -> country + "的" + noun;
            case KO -> country + " " + noun;
            case EN -> noun + " from " + country;
        };
    }

    /** How answers name entity types, per language (a language resource). */
    static final String ENTITY_TYPES_RESOURCE = "/language/entity-types.properties";

    private static final java.util.Properties ENTITY_TYPES = WordList.properties(ENTITY_TYPES_RESOURCE);

    /** The word for an entity type, from {@link #ENTITY_TYPES_RESOURCE}; the type itself when it has none. */
    static String kindNoun(Language language, String type, boolean plural) {
        String forms = ENTITY_TYPES.getProperty(language.name().toLowerCase(java.util.Locale.ROOT) + "." + type);
        if (forms == null) {
            return plural && language == Language.EN ? type + "s" : type;
        }
        String[] both = forms.split("\\|", 2);
        return plural && both.length > 1 ? both[1].strip() : both[0].strip();
    }

    /** The start of a profile: the entity's name with its kind and country, e.g. "Qwen (AI model, China):". */
    static String profileLead(Language language, String name, String type, String country) {
        if (dev.storybot.knowledge.Entity.UNTYPED.equals(type) && country == null) {
            return name + (language == Language.ZH ? "：" : ":"); // a kind nothing tells is no kind to show
        }
        String kind = kindNoun(language, type, false);
        return switch (language) {
            case ZH -> name + "（" + kind + (country == null ? "" : "，" + country) + "）：";
            case KO -> name + " (" + kind + (country == null ? "" : ", " + country) + "):";
            case EN -> name + " (" + kind + (country == null ? "" : ", " + country) + "):";
        };
    }

    /** The story names nothing of the asked kind, e.g. "companies from South Korea". */
    static String noneListed(Language language, String kind) {
        return switch (language) {
            case ZH -> "这篇报道没有提到任何" + kind + "。";
            case KO -> "이 기사에는 " + kind + "이(가) 나오지 않습니다.";
            case EN -> "The story names no " + kind + ".";
        };
    }

    /** Pairs of names the story links, as "A → B" items. */
    static String pairs(Language language, List<String> items) {
        return switch (language) {
            case ZH -> "报道中的对应关系：" + String.join("；", items) + "。";
            case KO -> "기사에 나오는 짝: " + String.join("; ", items) + ".";
            case EN -> "As the story pairs them: " + String.join("; ", items) + ".";
        };
    }

    /** A short hedge after an item the story only reports or suspects (" (suspected)"); empty for stated facts. */
    static String hedge(Language language, dev.storybot.knowledge.Certainty certainty) {
        return switch (certainty) {
            case SUSPECTED ->
                switch (language) {
                    case ZH -> "（涉嫌）";
                    case KO -> " (의혹)";
                    case EN -> " (suspected)";
                };
            case REPORTED ->
                switch (language) {
                    case ZH -> "（据报道）";
                    case KO -> " (보도)";
                    case EN -> " (reported)";
                };
            default -> "";
        };
    }

    /**
     * Every figure the story gives, as "label: value unit" items, then its dates as the story writes them (in English:
     * they are quoted).
     */
    static String figures(Language language, List<String> items, List<String> dates) {
        String figures = switch (language) {
            case ZH -> "报道中的数字：" + String.join("；", items) + "。";
            case KO -> "기사에 나오는 수치: " + String.join("; ", items) + ".";
            case EN -> "The story's figures: " + String.join("; ", items) + ".";
        };
        if (dates.isEmpty()) {
            return figures;
        }
        return figures
                + switch (language) {
                    case ZH -> "日期：" + String.join("；", dates) + "。";
                    case KO -> " 날짜: " + String.join("; ", dates) + ".";
                    case EN -> " Dates: " + String.join("; ", dates) + ".";
                };
    }

    private static String joinEnglish(Language language, List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        String and = language == Language.KO ? ", " : " and ";
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }

    private static String bullets(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            text.append("\n• ").append(item);
        }
        return text.toString();
    }
}
