package dev.storybot.answering;

import dev.storybot.knowledge.AnswerType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word-level cues read from a question in English, Chinese or Korean: what it asks for, its shape, whether it
 * continues an earlier turn, and whether it tries to give the bot instructions.
 */
final class QuestionCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Checked in order; the first that matches decides the asked types. */
    private static final List<Map.Entry<Pattern, Set<AnswerType>>> ASKS = List.of(
            Map.entry(
                    Pattern.compile(
                            "\\b(valuation|valued|worth)\\b|估值|值多少|身价|기업가치|가치는|가치가"
                                    + "|\\bcu[aá]nto vale|\\bvaloraci[oó]n|\\bcombien vaut|\\bvalorisation"
                                    + "|\\bwie viel ist .{0,30}wert|\\bbewertung|\\bquanto vale|\\bavalia[cç][aã]o"
                                    + "|いくらの価値|評価額|時価総額",
                            FLAGS),
                    EnumSet.of(AnswerType.MONEY)),
            Map.entry(
                    Pattern.compile(
                            "\\bwho(?:'s| is| was| are| were)? (the |its |their )?(ceo|cto|founder|co-founder"
                                    + "|head|boss|leader|chief|president|chair|owner)s?\\b|(创始人|创办人|首席执行官|老板|CEO)是谁"
                                    + "|谁(创办|创立|创建|领导)|(창업자|설립자|대표|CEO)(는|가|은)? ?누구",
                            FLAGS),
                    EnumSet.of(AnswerType.PERSON)),
            Map.entry(
                    Pattern.compile(
                            "\\b(prices?|pricing|priced|per[- ]token|per million tokens|subscriptions?|fees?"
                                    + "|how much (does|do|is|are|would|will) .{0,40}\\bcost|costs? per|api costs?|rates? per)\\b"
                                    + "|价格|定价|多少钱|收费|费用|가격|요금|비용|얼마예요|얼마인가요",
                            FLAGS),
                    EnumSet.of(AnswerType.PRICE)),
            Map.entry(
                    Pattern.compile(
                            "\\b(salary|salaries|revenue|revenues|funding|raised|net worth|market cap"
                                    + "|profits?|earn|earns|paid|raise|raising)\\b|薪水|工资|收入|营收|融资|利润|연봉|매출|투자금|수익",
                            FLAGS),
                    EnumSet.of(AnswerType.PRICE)),
            Map.entry(
                    Pattern.compile(
                            "^\\s*when\\b|\\bwhen (did|was|were|is|does|do|will|has|had)\\b"
                                    + "|\\bwhat (year|date|day|month)\\b|\\bwhich (year|date|day|month)\\b|\\bsince when\\b"
                                    + "|什么时候|何时|哪一年|哪年|哪天|几月|几号|언제|몇 년|몇년|몇 월|날짜",
                            FLAGS),
                    EnumSet.of(AnswerType.DATE)),
            Map.entry(
                    Pattern.compile(
                            "^\\s*why\\b|\\bwhy\\b|\\breasons?\\b|\\bhow come\\b|\\bwhat made\\b"
                                    + "|\\bevidence\\b|\\bhow do (we|they|people) know\\b|\\btip(ped|s)? (people |them |everyone )?off\\b"
                                    + "|\\bclues?\\b|\\bgave (it )?away\\b|\\bgive (it )?away\\b|\\bhow did (people|they|anyone)"
                                    + " (find out|know|notice|figure)|为什么|为何|原因|怎么知道|依据|왜|이유|원인|근거",
                            FLAGS),
                    EnumSet.of(AnswerType.REASON)),
            Map.entry(
                    Pattern.compile(
                            "^\\s*where\\b|\\bwhere (did|was|were|is|are|does|do|has|had)\\b" + "|어디서|어디에서", FLAGS),
                    EnumSet.of(AnswerType.PLACE, AnswerType.EVENT)),
            Map.entry(
                    Pattern.compile(
                            "\\bpercent(age)?\\b|\\bshares?\\b|\\bproportion\\b|\\bfraction\\b|\\bslice\\b"
                                    + "|%|比例|百分之|占比|份额|비율|퍼센트|비중",
                            FLAGS),
                    EnumSet.of(AnswerType.PERCENTAGE)),
            Map.entry(
                    Pattern.compile("\\bhow (many|much)\\b|\\bnumber of\\b|\\bhow big\\b|多少|几个|几次|몇|얼마나", FLAGS),
                    EnumSet.of(AnswerType.NUMBER, AnswerType.PERCENTAGE, AnswerType.MONEY)),
            Map.entry(
                    Pattern.compile(
                            "\\bwhich (person|people|man|woman|individual|company|organi[sz]ation|outlet"
                                    + "|newspaper|paper|publication|media|startup|firm)\\b"
                                    + "|^\\s*who\\b|\\bwho('s| is| was| are| were| said| says| claimed| founded"
                                    + "| started| runs| leads| heads| made| created| reported| published| wrote)\\b|\\bwhose\\b"
                                    + "|谁|누구|누가",
                            FLAGS),
                    EnumSet.of(AnswerType.PERSON, AnswerType.ORGANIZATION)));

    /** Cues for prices, money and roles are checked first; they override other question words. */
    private static final int PRIORITY_CUES = 4;

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']{4,}'|“[^”]*”|「[^」]*」");
    private static final Pattern SEVERAL = Pattern.compile(
            "\\b(two|both|three|several) (things|ways|facts|points"
                    + "|claims|statements|remarks)\\b|\\bwhat (else|other)\\b|\\band what\\b|\\band (who|why|how)\\b"
                    + "|两件事|哪两|분 모두|두 가지",
            FLAGS);
    private static final Pattern RELATIVE = Pattern.compile("\\bpercent(age)?\\b|%|百分之|百分比|퍼센트", FLAGS);
    private static final Pattern DIFFERENCE = Pattern.compile(
            "\\bhow (many|much) more\\b|\\bdifference\\b|\\bgap\\b"
                    + "|\\bby how (much|many)\\b|\\bhow far (ahead|behind)\\b|\\b(by|win|won|lead|led|lost) (a |the )?(wide |narrow |big |small )?margin\\b|\\bsubtract"
                    + "|\\bby what (percentage|percent|amount|margin)\\b|\\bexceed(ed|s)? .{0,40}\\bby\\b"
                    + "|多多少|相差|差距|差多少|领先多少|(落后|领先|超过).{0,12}多少|차이|얼마나 더|몇 더|(뒤처|뒤져|앞서).{0,12}얼마나|얼마나 (뒤처|뒤져|앞서)",
            FLAGS);
    private static final Pattern COMPARE = Pattern.compile(
            "\\bcompare[sd]?\\b|\\bcomparison\\b|\\bversus\\b"
                    + "|\\bvs\\.?(?!\\w)|\\bwhich (one |model )?(has|had|got|is|was) (more|bigger|larger|higher|less|fewer)\\b"
                    + "|\\b(bigger|larger|higher|greater|smaller|lower|more|less|fewer) than\\b"
                    + "|比较|对比|相比|哪个更|비교|어느 쪽|어느 것이",
            FLAGS);
    private static final Pattern LIST = Pattern.compile(
            "\\b(list|name|which|what)( all)?( of)?( the)?"
                    + "( [\\p{L}.]+)?( ai)? (companies|startups|firms|models|people|persons"
                    + "|organi[sz]ations|labs|investors|media|outlets)\\b"
                    + "|哪些(\\p{IsHan}{1,3})?(的)?(公司|企业|模型|初创|人)|(어떤|어느) (\\S+ )?(기업|회사|모델|스타트업|사람)들",
            FLAGS);
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "\\b(he|she|her|hers|his|him|they|them|their|it|its"
                    + "|this|that|those|these|there|the company|the startup|the model|the lab)\\b"
                    + "|^\\s*(and|also|what about|how about|so|but|then)\\b"
                    + "|他|她|它|他们|她们|这家|那家|这个|那个|该公司|此外|还有|那么|그는|그녀|그들|그것|이 회사|그 회사|그럼|그러면",
            FLAGS);
    private static final Pattern ELLIPSIS = Pattern.compile(
            "^\\s*(and|also|what about|how about|and what about"
                    + "|same (for|question for))\\b|^\\s*(那|还有|那么)|^\\s*(그럼|그러면)",
            FLAGS);
    private static final Pattern INJECTION = Pattern.compile(
            "\\bignore (all |any |the )?(previous|prior|above|earlier"
                    + "|your|these|those)\\b|\\bdisregard\\b|\\bforget (everything|all|your|the previous|previous)\\b"
                    + "|\\byou are now\\b|\\bfrom now on\\b|\\bpretend\\b|\\bact as\\b|\\broleplay\\b|\\bjailbreak\\b"
                    + "|\\bDAN\\b|\\bdeveloper mode\\b|\\bsystem prompt\\b|\\byour (prompt|instructions|rules)\\b"
                    + "|^\\s*(system|assistant)\\s*:|\\bnew instructions?\\b|\\boverride\\b|\\brepeat after me\\b"
                    + "|\\bdo anything now\\b"
                    + "|忽略(之前|以上|上面|前面|所有)|无视|假装|扮演|系统提示|越狱|이전 (지시|명령)|무시하고|무시해|시스템 프롬프트|역할극|탈옥",
            FLAGS);

    private QuestionCues() {}

    /** The kinds of information the question asks for; empty when it does not say (then any fact may answer). */
    static Set<AnswerType> asks(String text) {
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        for (var entry : ASKS.subList(0, PRIORITY_CUES)) {
            if (entry.getKey().matcher(unquoted).find()) {
                return entry.getValue();
            }
        }
        // otherwise the question word that comes first decides: "Who thinks ... why ...?" asks for a person
        Set<AnswerType> earliest = Set.of();
        int earliestAt = Integer.MAX_VALUE;
        for (var entry : ASKS.subList(PRIORITY_CUES, ASKS.size())) {
            var m = entry.getKey().matcher(unquoted);
            if (m.find() && m.start() < earliestAt) {
                earliestAt = m.start();
                earliest = entry.getValue();
            }
        }
        return earliest;
    }

    /**
     * Roles a question can ask about, each with the words a fact must contain to answer it: "Who is the CEO of
     * OpenAI?" is not answered by a fact about OpenAI's former CTO.
     */
    /** The relations a question can ask about and the words a fact needs to state them (a language resource). */
    static final String RELATIONS_RESOURCE = "/language/relations.txt";

    private static final List<Map.Entry<Pattern, Pattern>> ROLES = relations();

    private static List<Map.Entry<Pattern, Pattern>> relations() {
        Map<String, Pattern> cues = CueFile.load(RELATIONS_RESOURCE);
        List<Map.Entry<Pattern, Pattern>> relations = new java.util.ArrayList<>();
        cues.forEach((name, asked) -> {
            if (name.endsWith(".asked")) {
                String relation = name.substring(0, name.length() - ".asked".length());
                Pattern stated = cues.get(relation + ".stated");
                if (stated == null) {
                    throw new IllegalStateException(RELATIONS_RESOURCE + ": " + relation + ".stated is missing");
                }
                relations.add(Map.entry(asked, stated));
            }
        });
        return List.copyOf(relations);
    }

    /** The words a fact must contain to state the relation the question asks about, if it asks about one. */
    static java.util.Optional<Pattern> requiredRole(String text) {
        return ROLES.stream()
                .filter(r -> r.getKey().matcher(text).find())
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** True when the question asks for a relative difference ("by what percentage ..."). */
    static boolean asksRelative(String text) {
        return RELATIVE.matcher(text).find();
    }

    /** True when the question asks for more than one thing ("What two things...", "... and what ...?"). */
    static boolean asksSeveral(String text) {
        return SEVERAL.matcher(text).find();
    }

    /** The answer shape the question needs. */
    static Intent intent(String text) {
        if (DIFFERENCE.matcher(text).find()) {
            return Intent.DIFFERENCE;
        }
        if (LIST.matcher(text).find()) {
            return Intent.LIST;
        }
        if (COMPARE.matcher(text).find()) {
            return Intent.COMPARE;
        }
        return Intent.SINGLE;
    }

    /** True when the question leans on an earlier turn (a pronoun, "and ...?", "what about ...?"). */
    static boolean followsUp(String text) {
        return FOLLOW_UP.matcher(text).find();
    }

    /** True when the question is elliptical and borrows the earlier question's predicate ("and Llama?"). */
    static boolean elliptical(String text) {
        return ELLIPSIS.matcher(text).find();
    }

    /** True when the text tries to instruct the bot rather than ask about the story. */
    static boolean injection(String text) {
        return INJECTION.matcher(text).find();
    }
}
