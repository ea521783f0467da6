package io.newsroom.extraction.engine.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.newsroom.extraction.engine.dates.TemporalLexicon.MONTH_RE;
import static io.newsroom.extraction.engine.dates.TemporalLexicon.NUMBER_RE;
import static io.newsroom.extraction.engine.dates.TemporalLexicon.UNIT_RE;
import static io.newsroom.extraction.engine.dates.TemporalLexicon.WEEKDAY_RE;

/**
 * The rule table of English news: for each kind of temporal expression, the words that can start it, the rarer words
 * one of which it must contain (its anchors), its pattern, and the reader that gives it a value.
 */
final class TimexRules {

    private static final String AMPM = "(?:a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}])";
    private static final String APOS = "['\u2019]";
    private static final String YEAR = "(?:1\\d{3}|20\\d{2})(?![\\d%])";
    private static final String TIME_TAIL = "(?:,?\\s+(?:at\\s+)?(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d))?\\s*"
            + "(?<ampm>" + AMPM + ")(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?)?";
    private static final String SPELLED_UNIT = "one|two|three|four|five|six|seven|eight|nine";
    /** A year said in words, as broadcast transcripts write it: "nineteen ninety-seven". */
    private static final String SPELLED_YEAR = "(?<spelled>nineteen\\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety)(?:[-\\s](?:" + SPELLED_UNIT + "))?)";

    /** Reads one pattern match into a timex, or null when the words turn out not to be a temporal expression. */
    @FunctionalInterface
    interface Reading {
        Timex read(TimexMatch match);
    }

    /**
     * One kind of expression. {@code starters} and {@code anchors} are space-separated words or the classes
     * {@code #MONTH}, {@code #WEEKDAY}, {@code #NUMWORD}, {@code #UNIT} and {@code #DIGIT} (any number); no anchors
     * means the starter alone decides. {@code shape}, when not null, is a cheaper necessary condition at the word
     * the rule is tried at.
     */
    record Rule(String starters, String anchors, String regex, Reading reading, WordShape shape) {
    }

    private TimexRules() {
    }

    private static Rule rule(String starters, String anchors, String regex, Reading reading) {
        return new Rule(starters, anchors, regex, reading, null);
    }

    private static Rule rule(String starters, String anchors, String regex, Reading reading, WordShape shape) {
        return new Rule(starters, anchors, regex, reading, shape);
    }

    /** The rules for text in a language (ISO 639-1, or a tag such as "de-AT"): English unless its words are known. */
    static List<Rule> of(String language) {
        CalendarWords words = language == null || language.length() < 2 ? null
                : CalendarWords.of(language.substring(0, 2).toLowerCase(Locale.ROOT));
        return words == null ? english() : localized(words);
    }

    /** "2025-05-20" and "2025-05-20T10:30" read the same in every language. */
    private static Rule isoDate() {
        return rule("#DIGIT", "", "(?<year>\\d{4})-(?<month>[01]\\d)-(?<day>[0-3]\\d)"
                + "(?:[T\\s](?<hour>[0-2]\\d):(?<minute>[0-5]\\d))?", CalendarDateReader::isoDate,
                (text, start, end) -> end - start == 4 && WordShape.at(text, end) == '-');
    }

    /** The rules of German, French or Spanish news, built from the language's calendar words. */
    static List<Rule> localized(CalendarWords words) {
        LocalizedDateReader reader = new LocalizedDateReader(words);
        // an abbreviation's dot ("3. Okt. 2025") is kept only before the year: at a sentence's end it is the full stop
        String month = "(?<month>" + words.alternation("month") + ")(?![\\p{L}])(?:\\.(?=,?\\s*\\d))?";
        String weekday = "(?<wd>" + words.alternation("weekday") + ")(?![\\p{L}])";
        String shift = words.alternation("shift");
        String article = "(?:(?<art>" + words.alternation("article") + ")\\s*)?";
        String part = "(?:\\s+(?:(?:por|en|a)\\s+la\\s+|à\\s+|au\\s+)?(?<part>" + words.alternation("part") + "))?";
        String unit = "(?<unit>" + words.alternation("unit") + ")(?![\\p{L}])";
        String number = "(?<num>\\d{1,4}|" + words.alternation("number") + ")";
        List<Rule> rules = new ArrayList<>();
        rules.add(isoDate());
        rules.add(rule("#DIGIT " + words.starters("weekday"), "",
                "(?:" + weekday + ",?\\s+(?:den\\s+)?)?(?<day>[0-3]?\\d)(?:\\.|er)?\\s*(?:de\\s+)?" + month
                        + "(?:,?\\s+(?:de\\s+|del\\s+)?(?<year>" + YEAR + "))?", reader::dayMonth));
        rules.add(rule(words.starters("month"), "",
                month + "(?:\\s+(?:de\\s+|del\\s+)?(?<year>" + YEAR + "))?", reader::month));
        rules.add(rule(words.starters("weekday", "shift", "article"), "",
                article + "(?:(?<rel>" + shift + ")\\s+)?" + weekday + "(?:\\s+(?<rel2>" + shift + ")(?![\\p{L}]))?"
                        + part, reader::weekday));
        rules.add(rule(words.starters("day"), "", "(?<rd>" + words.alternation("day") + ")(?![\\p{L}])" + part,
                reader::day));
        rules.add(rule(words.starters("shift"), "", "(?<rel>" + shift + ")\\s+(?<part>" + words.alternation("part") + ")",
                reader::partOfToday));
        rules.add(rule(words.starters("shift", "article", "unit"), "",
                article + "(?:(?<rel>" + shift + ")\\s+)?" + unit + "(?:-ci)?(?:\\s+(?<rel2>" + shift + "))?",
                reader::unit));
        rules.add(rule(words.starters("ago"), "", "(?:" + words.alternation("ago") + ")\\s+" + number + "\\s+" + unit,
                reader::ago));
        rules.add(rule("#DIGIT " + words.starters("number"), "", number + "\\s+" + unit, reader::duration));
        rules.add(rule("#DIGIT", "", "(?<day>[0-3]?\\d)(?<sep>[./])(?<month>[01]?\\d)\\k<sep>(?<year>\\d{4})",
                reader::numericDate));
        rules.add(rule("#DIGIT", "", "(?<year>" + YEAR + ")", reader::year));
        return rules;
    }

    static List<Rule> english() {
        List<Rule> rules = new ArrayList<>();
        rules.add(rule("#MONTH #WEEKDAY early late mid last next this the", "#MONTH",
                "(?:(?<wd>" + WEEKDAY_RE + "),?\\s+)?(?:(?<rel>last|next|this)\\s+)?"
                        + "(?:(?<mod>early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)[-\\s]+)?"
                        + "(?<month>" + MONTH_RE + ")(?:\\s*(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d))?"
                        + "(?:,?\\s*(?<year>" + YEAR + ")|\\s+" + SPELLED_YEAR + "|,?\\s+(?<relyear>this|last|next)\\s+year)?"
                        + TIME_TAIL,
                CalendarDateReader::monthDate));
        rules.add(rule("#DIGIT the", "#MONTH", "(?:the\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MONTH_RE + ")"
                + "(?:,?\\s+(?<year>" + YEAR + "))?", CalendarDateReader::dayMonth,
                (text, start, end) -> WordShape.isDigit(text.charAt(start))
                        ? end - start <= 4 && WordShape.isSpace(WordShape.at(text, end))
                        : WordShape.isDigit(WordShape.afterSpaces(text, end))));
        rules.add(isoDate());
        rules.add(rule("#DIGIT", "", "(?<endday>[0-3]?\\d)(?![\\d:.,]\\d|\\s*(?:%|percent|per\\s+cent))", CalendarDateReader::rangeEndDay,
                (text, start, end) -> end - start <= 2));
        rules.add(rule("#DIGIT", "", "(?<month>[01]?\\d)/(?<day>[0-3]?\\d)/(?<year>\\d{4})", CalendarDateReader::isoDate,
                (text, start, end) -> end - start <= 2 && WordShape.at(text, end) == '/'));
        rules.add(rule("#WEEKDAY last next this coming past early late earlier later the", "#WEEKDAY",
                "(?:(?<rel>this\\s+past|this\\s+coming|last|next|this|coming|past"
                        + "|the\\s+(?:previous|preceding|following|next))\\s+)?"
                        + "(?:(?<mod>early|late|earlier|later)\\s+)?"
                        + "(?<wd>" + WEEKDAY_RE + ")(?<plural>s)?(?:\\s+(?<part>morning|afternoon|evening|night)(?<parts>s)?)?",
                RelativeDateReader::weekday));
        rules.add(rule("#DIGIT noon midday midnight about around approximately shortly just", "#DIGIT noon midday midnight",
                "(?:(?<approx>about|around|approximately|shortly\\s+(?:after|before)|just\\s+(?:after|before))\\s+)?"
                        + "(?:(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d))?\\s*(?<ampm>" + AMPM + ")"
                        + "|(?<hour24>[01]?\\d|2[0-3]):(?<minute24>[0-5]\\d)|(?<noon>noon|midday|midnight))"
                        + "(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?"
                        + "(?:,?\\s+(?:(?<wd>" + WEEKDAY_RE + ")|(?<rd>today|yesterday|tomorrow)"
                        + "|(?<month>" + MONTH_RE + ")\\s*(?<day>[0-3]?\\d)(?!\\d)(?:,?\\s*(?<year>" + YEAR + "))?))?",
                ClockTimeReader::clockTime, TimexRules::mayBeClockTime));
        rules.add(rule("today yesterday tomorrow tonight early late mid this last the overnight earlier later", "today yesterday tomorrow tonight morning afternoon evening night overnight day",
                "(?:(?<mod>early|late|mid)[-\\s]+)?(?:(?<rd>today|yesterday|tomorrow|tonight)"
                        + "(?:\\s+(?<part>morning|afternoon|evening|night))?"
                        + "|(?:(?:earlier|later)\\s+)?(?<this>this|last)\\s+(?<part2>morning|afternoon|evening|night)"
                        + "|the\\s+day\\s+(?<around>before\\s+yesterday|after\\s+tomorrow)|(?<overnight>overnight)"
                        + "|(?<=(?:early|late|mid)[-\\s]{1,2})(?<part3>morning|afternoon|evening)"
                        + "(?:\\s+(?<rd3>today|yesterday|tomorrow))?)",
                RelativeDateReader::relativeDay));
        rules.add(rule("now currently current presently nowadays these recently recent lately the then", "now currently current presently nowadays days recently recent lately future present past term",
                "(?<ref>now|currently|(?:then[-\\s])?current|presently|nowadays|these\\s+days|recently|recent|lately"
                        + "|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+present|the\\s+past|the\\s+(?:near|short|long)\\s+term)",
                RelativeDateReader::reference));
        rules.add(rule("later earlier that the", "year quarter month week day",
                "(?:(?<pre>later|earlier)\\s+)?(?:(?<ref>that|the\\s+(?:following|previous|preceding|same|next))\\s+"
                        + "(?<unit>year|quarter|month|week|day)(?!-)"
                        + "|the\\s+(?<unit2>year|month|week|day)\\s+(?<side>before|after)(?![-\\p{L}])(?!\\s+\\p{L}))",
                RelativeDateReader::anaphoric, TimexRules::mayBeAnaphoric));
        rules.add(rule("nineteen two the", "nineteen thousand",
                "(?:(?<the>the\\s+year)\\s+)?(?:nineteen\\s+(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                        + "(?:[-\\s](?<unit>" + SPELLED_UNIT + "))?|two\\s+thousand(?:\\s+and)?(?:\\s+(?<unit2>"
                        + SPELLED_UNIT + "))?)",
                CalendarDateReader::spelledYear));
        rules.add(rule("the first second third fourth fifth sixth seventh eighth ninth tenth #DIGIT", "day",
                "(?<the>the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))"
                        + "\\s+(?:straight\\s+|consecutive\\s+)?day(?!-)",
                RelativeDateReader::dayOfAnEvent));
        rules.add(rule("year around", "end", "(?:around\\s+)?year(?:-|\\s+|" + APOS + "s\\s+)end(?!-)", RelativeDateReader::yearEnd));
        rules.add(rule("the", "period", "the\\s+(?:latest|most\\s+recent)\\s+period", CalendarDateReader::latestPeriod));
        rules.add(rule("the", "quarter period", "the\\s+(?<year>" + YEAR + ")\\s+(?:quarter|period)", CalendarDateReader::yearsQuarter));
        rules.add(rule("earlier later early late mid the this last next past coming", "year month week quarter weekend decade century",
                "(?:(?<pre>earlier|later|early|late|mid|the\\s+(?:end|beginning|start|middle|rest|turn)\\s+of)[-\\s]+)?"
                        + "(?<rel>this\\s+past|this\\s+coming|this|last|next|the\\s+past|the\\s+last|the\\s+next"
                        + "|the\\s+coming|the\\s+previous|the\\s+current|the\\s+full|the\\s+latest|the\\s+most\\s+recent|past"
                        + "|coming|the)\\s+(?<unit>year|month|week|quarter|weekend|decade|century|fiscal\\s+year)"
                        + "(?!-)",
                RelativeDateReader::unitRelative));
        rules.add(rule("the #DIGIT this last next fiscal first second third fourth 1st 2nd 3rd 4th final latter year prior",
                "quarter half",
                "(?:(?<the>the)\\s+)?(?:(?<year>" + YEAR + ")(?:" + APOS + "s)?\\s+|(?<relyear>this|last|next)\\s+year"
                        + APOS + "s\\s+|fiscal\\s+|(?<ago>year-ago|year-earlier|year-before|prior-year)\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|latter"
                        + "|last(?=\\s+half\\s+of\\s+(?:fiscal\\s+)?(?:\\d{4}|this|last|next|the\\s+(?:fiscal\\s+)?year)))(?<hyph>[-\\s]+)"
                        + "(?:fiscal[-\\s]+)?(?<q>quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<year2>" + YEAR + ")"
                        + "|(?<relyear2>this|last|next)\\s+year|the\\s+(?:fiscal\\s+)?(?<theyear>year)))?",
                CalendarDateReader::quarter));
        rules.add(rule("the year comparable corresponding prior", "ago earlier before year",
                "(?:the\\s+)?(?:year-ago|year-earlier|year-before|prior-year)(?:[-\\s]+(?:quarter|period))?",
                CalendarDateReader::yearAgoQuarter, (text, start, end) -> WordShape.wordIs(text, start, end, "the")
                        ? WordShape.nextStartsWith(text, end, "year-", "prior-")
                        : WordShape.at(text, end) == '-'));
        rules.add(rule("the same corresponding comparable last", "period quarter month months",
                "(?:(?:the\\s+)?(?:same|corresponding|comparable)\\s+(?:period|quarter|months?)(?:\\s+of|\\s+in)?"
                        + "|the\\s+(?:period|quarter))\\s+(?:last\\s+year|(?<year>" + YEAR + ")|a\\s+year\\s+(?:ago|earlier|before)"
                        + "|(?:the\\s+)?(?:previous|prior|preceding)\\s+year)"
                        + "|last\\s+year" + APOS + "s\\s+(?:quarter|period)",
                CalendarDateReader::samePeriodAYearBefore));
        rules.add(rule("fy fy#DIGIT", "", "fy\\s*-?(?<fy>\\d{4}|\\d{2})", CalendarDateReader::fiscalYearCode));
        rules.add(rule("q1 q2 q3 q4", "", "q(?<n>[1-4])(?:\\s+(?<year>" + YEAR + "))?", CalendarDateReader::quarterCode));
        rules.add(rule("spring summer fall autumn winter last this next past coming the early late mid", "spring summer fall autumn winter",
                "(?:(?<rel>this\\s+past|this\\s+coming|last|this|next|past|coming|the)\\s+)?"
                        + "(?:(?<mod>early|late|mid)[-\\s]+)?(?<season>spring|summer|fall|autumn|winter)"
                        + "(?:\\s+(?:of\\s+)?(?:(?<year>" + YEAR + ")|" + SPELLED_YEAR
                        + "|(?<relyear>last|this|next)\\s+year))?",
                CalendarDateReader::season));
        rules.add(rule("#DIGIT fiscal calendar early late mid the", "#DIGIT",
                "(?:(?<pre>fiscal(?:\\s+year)?|calendar(?:\\s+year)?|(?:early|late|mid)-?|the\\s+year"
                        + "|the\\s+(?:end|beginning|start|middle|rest|first\\s+half|second\\s+half)\\s+of)\\s*)?"
                        + "(?<year>\\d{4})(?![-/,.:]\\d|\\d|%|" + APOS + "?s\\b)",
                CalendarDateReader::year, TimexRules::mayBeYear));
        rules.add(rule("#DIGIT the early late mid", "#DIGIT twenties thirties forties fifties sixties seventies eighties nineties",
                "(?:the\\s+)?(?:(?:early|late|mid)[-\\s]?)?(?:(?<dec>1\\d\\d0|20\\d0)" + APOS + "?s"
                        + "|(?:" + APOS + "|(?<=" + APOS + "))(?<d2>\\d)0s|(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties"
                        + "|nineties))",
                CalendarDateReader::decade, TimexRules::mayBeDecade));
        rules.add(rule("#DIGIT the early late mid nineteenth twentieth twenty", "century",
                "(?:the\\s+)?(?:(?:early|late|mid)[-\\s]?)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<nw>nineteenth|twentieth"
                        + "|twenty-first))[-\\s]+century",
                CalendarDateReader::century));
        rules.add(rule("#DIGIT #NUMWORD #UNIT the past last next first previous coming following final recent remaining initial"
                        + " latest about around nearly almost more less fewer at roughly up"
                        + " approximately some another", "#UNIT",
                "(?:(?<approx>about|around|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least"
                        + "|at\\s+most|roughly|up\\s+to|approximately|another)\\s+)?"
                        + "(?:(?<the>the)\\s+)?(?:(?<rel>past|last|next|first|previous|coming|following|final|recent"
                        + "|remaining|initial|latest)\\s+)?(?:(?<num>" + NUMBER_RE + ")(?<frac>\\s+1/2)?(?<hyph>[-\\s]+)"
                        + "(?:(?:more|additional|extra|further)\\s+)?)?"
                        + "(?<half>and\\s+a\\s+half\\s+)?(?:(?:trading|business|working)\\s+(?=days?(?![\\p{L}])))?"
                        + "(?<unit>" + UNIT_RE + ")(?<halfafter>\\s+and\\s+a\\s+half)?"
                        + "(?<old>-long|-old|\\s+old)?"
                        + "(?<tail>\\s+(?:ago|earlier|later|from\\s+now|hence|before|after|back))?",
                DurationReader::duration));
        rules.add(rule("a", "while", "a\\s+(?:little\\s+)?while(?<ago>\\s+(?:ago|back))?", DurationReader::aWhile));
        rules.add(rule("every each daily weekly monthly yearly annually hourly nightly biweekly", "",
                "(?:(?:every|each)\\s+(?<other>other\\s+)?(?:(?<num>" + NUMBER_RE + ")\\s+)?(?:(?<unit>" + UNIT_RE
                        + "|weekend)|(?<wd>" + WEEKDAY_RE + ")|(?<month>" + MONTH_RE + ")"
                        + "|(?<part>morning|afternoon|evening|night)|(?<season>spring|summer|fall|autumn|winter))"
                        + "|(?<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly))",
                SetReader::set));
        rules.add(rule("christmas new thanksgiving halloween independence last this next", "christmas new thanksgiving halloween independence",
                "(?:(?<rel>last|this|next)\\s+)?(?:(?<xmas>christmas)(?:\\s+(?<xpart>day|eve))?"
                        + "|(?<ny>new\\s+year" + APOS + "s)(?:\\s+(?<nypart>day|eve))?|(?<tg>thanksgiving)(?:\\s+day)?"
                        + "|(?<hw>halloween)|(?<id>independence\\s+day))",
                RelativeDateReader::holiday));
        return rules;
    }

    /** "10:30", "9am", "9 p.m.", or a word before one ("about 9am", "shortly after noon"). */
    private static boolean mayBeClockTime(String text, int start, int end) {
        if (!WordShape.isDigit(text.charAt(start))) {
            return WordShape.wordIs(text, start, end, "noon", "midday", "midnight")
                    || WordShape.isDigit(WordShape.afterSpaces(text, end))
                    || WordShape.nextStartsWith(text, end, "noon", "midday", "midnight", "after", "before");
        }
        int digits = WordShape.leadingDigits(text, start, end);
        if (digits > 2) {
            return false;
        }
        char next = digits < end - start ? text.charAt(start + digits)
                : WordShape.at(text, end) == ':' ? ':' : firstAfterSpaces(text, end);
        return next == ':' || next == 'a' || next == 'A' || next == 'p' || next == 'P';
    }

    /** The first character at or after {@code i} that is not a space, or 0. */
    private static char firstAfterSpaces(String text, int i) {
        while (i < text.length() && WordShape.isSpace(text.charAt(i))) {
            i++;
        }
        return WordShape.at(text, i);
    }

    /** "that year", "the following week", "the day before", "later that month". */
    private static boolean mayBeAnaphoric(String text, int start, int end) {
        if (WordShape.wordIs(text, start, end, "later", "earlier")) {
            return WordShape.nextStartsWith(text, end, "that", "the");
        }
        if (WordShape.wordIs(text, start, end, "that")) {
            return WordShape.nextStartsWith(text, end, "year", "quarter", "month", "week", "day");
        }
        return WordShape.nextStartsWith(text, end, "following", "previous", "preceding", "same", "next",
                "year", "month", "week", "day");
    }

    /** "2025", or a word before one: "the year 2025", "the end of 2025", "fiscal 2025". */
    private static boolean mayBeYear(String text, int start, int end) {
        if (WordShape.isDigit(text.charAt(start))) {
            return end - start == 4;
        }
        return !WordShape.wordIs(text, start, end, "the")
                || WordShape.nextStartsWith(text, end, "year", "end", "beginning", "start", "middle", "rest", "first",
                "second");
    }

    /** "1990s", "1990's", "'90s", "90s" after an apostrophe, or a word before one: "the nineties", "the early 2000s". */
    private static boolean mayBeDecade(String text, int start, int end) {
        if (WordShape.isDigit(text.charAt(start))) {
            char last = text.charAt(end - 1);
            return last == 's' || last == 'S' || WordShape.isApostrophe(WordShape.at(text, end));
        }
        if (!WordShape.wordIs(text, start, end, "the")) {
            return true;
        }
        char next = WordShape.afterSpaces(text, end);
        return WordShape.isDigit(next) || WordShape.isApostrophe(next)
                || WordShape.nextStartsWith(text, end, "early", "late", "mid", "twenties", "thirties", "forties",
                "fifties", "sixties", "seventies", "eighties", "nineties");
    }
}
