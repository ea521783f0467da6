package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.model.DateMention;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsroom.extraction.engine.dates.TemporalLexicon.MONTH_RE;
import static io.newsroom.extraction.engine.dates.TemporalLexicon.NUMBER_RE;
import static io.newsroom.extraction.engine.dates.TemporalLexicon.UNIT_RE;
import static io.newsroom.extraction.engine.dates.TemporalLexicon.WEEKDAY_RE;

/**
 * Finds TIMEX3 temporal expressions in English news text and gives each its TimeML value and type.
 * Each rule is an anchored pattern tried only where a word that can start it begins, so a document is read in
 * one linear pass; where several rules match at the same word the longest reading wins.
 */
final class TemporalExpressionRecognizer {

    private static final int MAX_EXTENT = 100;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String AMPM = "(?:a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}])";
    private static final String APOS = "['\u2019]";
    private static final String YEAR = "(?:1\\d{3}|20\\d{2})(?![\\d%])";
    private static final String TIME_TAIL = "(?:,?\\s+(?:at\\s+)?(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d))?\\s*"
            + "(?<ampm>" + AMPM + ")(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?)?";
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "of", "by", "until", "till", "from",
            "to", "through", "during", "before", "after", "between", "and", "or", "year", "circa", "the", "early",
            "late", "mid", "spring", "summer", "autumn", "fall", "winter", "for", "its", "his", "her", "their",
            "fiscal", "s", "around");
    private static final Set<String> NOT_BEFORE_YEAR = Set.of("than", "about", "some", "nearly", "almost", "only",
            "just", "over", "under", "approximately", "roughly", "no", "number", "flight", "route", "room", "page",
            "model", "least", "top", "cost", "costs", "paid", "pay", "at", "to", "and", "or", "by");
    private static final Set<String> WORDS_AFTER_YEAR = Set.of("and", "or", "to", "when", "as", "with", "after",
            "before", "but", "that", "in", "on", "at", "by", "for", "from", "was", "were", "is", "will", "had", "has",
            "have", "would", "through", "until", "the", "a", "an", "of", "while", "because", "since", "if", "than",
            "levels", "level", "figure", "figures", "period", "quarter", "election", "elections", "budget", "season",
            "results", "earnings", "sales", "profit", "loss", "census", "olympics", "war", "law", "act");
    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "through",
            "from", "to", "of", "during", "before", "after", "between", "and", "or", "early", "late", "mid", "last",
            "next", "this", "end", "beginning", "start", "middle", "for", "on", "throughout");
    private static final Set<String> SEASON_PREPOSITIONS = Set.of("in", "during", "since", "until", "by", "through",
            "over", "this", "before", "after", "throughout", "till", "last", "next");
    private static final Set<String> BARE_PLURAL_PREPOSITIONS = Set.of("for", "in", "over", "within", "than", "after",
            "took", "take", "takes", "lasted", "spent", "spend");
    private static final Set<String> SET_CUES = Set.of("once", "twice", "times", "per");
    private static final Set<String> AFTER_THE_PAST = Set.of("and", "or", "but", "when", "as", "that", "is", "was",
            "has", "have", "had", "the", "it", "they", "we", "he", "she", "i", "a", "to", "because", "though", "in",
            "there", "this", "are", "were", "will");
    private static final Set<String> END_POINTS = Set.of("to", "until", "till", "through", "by");
    private static final String SPELLED_UNIT = "one|two|three|four|five|six|seven|eight|nine";

    /** A recognised expression; start and end may narrow the pattern's match. */
    record Timex(String value, String type, int start, int end) {
    }

    /** Reads one pattern match into a timex, or null when the words turn out not to be a temporal expression. */
    @FunctionalInterface
    private interface Reading {
        Timex read(Match match);
    }

    private record Rule(int index, Pattern pattern, Reading reading, boolean anchored) {
    }

    /** One pattern match with what its reading may ask about the surrounding text. */
    private static final class Match {
        final String text;
        final Matcher m;
        final RelativeDateResolver resolver;
        final Discourse discourse;
        private Tense tense;

        Match(String text, Matcher m, RelativeDateResolver resolver, Discourse discourse) {
            this.text = text;
            this.m = m;
            this.resolver = resolver;
            this.discourse = discourse;
        }

        String group(String name) {
            String value = m.group(name);
            return value == null ? null : foldSpace(value.toLowerCase(Locale.ROOT));
        }

        boolean has(String name) {
            return m.group(name) != null;
        }

        Tense tense() {
            if (tense == null) {
                tense = Tense.around(text, m.start(), m.end());
            }
            return tense;
        }

        /** The tense for a calendar date: an end point ("extended to Nov. 6") may lie ahead of a past verb. */
        Tense calendarTense() {
            Tense t = tense();
            return t == Tense.PAST && END_POINTS.contains(previousWord()) ? Tense.UNKNOWN : t;
        }

        Timex timex(String value, String type) {
            return new Timex(value, type, m.start(), m.end());
        }

        String previousWord() {
            return wordBefore(text, m.start());
        }

        String nextWord() {
            return wordAfter(text, m.end());
        }
    }

    /** What the text has dated so far, for phrases that point back to it ("that year", "the following month"). */
    private static final class Discourse {
        String lastDate;
    }

    private static String foldSpace(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < value.length()
                    && Character.isWhitespace(value.charAt(i + 1)))) {
                return WHITESPACE.matcher(value).replaceAll(" ");
            }
        }
        return value;
    }

    private final Map<String, List<Rule>> rulesByStarter = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    /** For each anchor word, the rules (as bits of their index) it anchors. */
    private final Map<String, Long> anchorRules = new HashMap<>();

    TemporalExpressionRecognizer() {
        add("#MONTH #WEEKDAY early late mid last next this the", "#MONTH",
                "(?:(?<wd>" + WEEKDAY_RE + "),?\\s+)?(?:(?<rel>last|next|this)\\s+)?"
                        + "(?:(?<mod>early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)[-\\s]+)?"
                        + "(?<month>" + MONTH_RE + ")(?:\\s*(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d))?"
                        + "(?:,?\\s*(?<year>" + YEAR + ")|,?\\s+(?<relyear>this|last|next)\\s+year)?" + TIME_TAIL,
                this::monthDate);
        add("#DIGIT the", "#MONTH", "(?:the\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MONTH_RE + ")"
                + "(?:,?\\s+(?<year>" + YEAR + "))?", this::dayMonth);
        add("#DIGIT", "", "(?<year>\\d{4})-(?<month>[01]\\d)-(?<day>[0-3]\\d)(?:[T\\s](?<hour>[0-2]\\d):(?<minute>[0-5]\\d))?",
                this::isoDate);
        add("#DIGIT", "", "(?<month>[01]?\\d)/(?<day>[0-3]?\\d)/(?<year>\\d{4})", this::isoDate);
        add("#WEEKDAY last next this coming past early late earlier later", "#WEEKDAY",
                "(?:(?<rel>this\\s+past|this\\s+coming|last|next|this|coming|past)\\s+)?"
                        + "(?:(?<mod>early|late|earlier|later)\\s+)?"
                        + "(?<wd>" + WEEKDAY_RE + ")(?<plural>s)?(?:\\s+(?<part>morning|afternoon|evening|night)s?)?",
                this::weekday);
        add("#DIGIT noon midday midnight about around approximately shortly just", "#DIGIT noon midday midnight",
                "(?:(?<approx>about|around|approximately|shortly\\s+(?:after|before)|just\\s+(?:after|before))\\s+)?"
                        + "(?:(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d))?\\s*(?<ampm>" + AMPM + ")"
                        + "|(?<hour24>[01]?\\d|2[0-3]):(?<minute24>[0-5]\\d)|(?<noon>noon|midday|midnight))"
                        + "(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?"
                        + "(?:,?\\s+(?:(?<wd>" + WEEKDAY_RE + ")|(?<rd>today|yesterday|tomorrow)"
                        + "|(?<month>" + MONTH_RE + ")\\s*(?<day>[0-3]?\\d)(?!\\d)(?:,?\\s*(?<year>" + YEAR + "))?))?",
                this::clockTime);
        add("today yesterday tomorrow tonight early late mid this last the overnight earlier later", "today yesterday tomorrow tonight morning afternoon evening night overnight day",
                "(?:(?<mod>early|late|mid)[-\\s]+)?(?:(?<rd>today|yesterday|tomorrow|tonight)"
                        + "(?:\\s+(?<part>morning|afternoon|evening|night))?"
                        + "|(?:(?:earlier|later)\\s+)?(?<this>this|last)\\s+(?<part2>morning|afternoon|evening|night)"
                        + "|the\\s+day\\s+(?<around>before\\s+yesterday|after\\s+tomorrow)|(?<overnight>overnight))",
                this::relativeDay);
        add("now currently presently nowadays these recently recent lately the", "now currently presently nowadays days recently recent lately future present past",
                "(?<ref>now|currently|presently|nowadays|these\\s+days|recently|recent|lately"
                        + "|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+present|the\\s+past)",
                this::reference);
        add("later earlier that the", "year quarter month week day",
                "(?:(?<pre>later|earlier)\\s+)?(?<ref>that|the\\s+(?:following|previous|preceding|same))\\s+"
                        + "(?<unit>year|quarter|month|week|day)(?!-)",
                this::anaphoric);
        add("nineteen two the", "nineteen thousand",
                "(?:(?<the>the\\s+year)\\s+)?(?:nineteen\\s+(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                        + "(?:[-\\s](?<unit>" + SPELLED_UNIT + "))?|two\\s+thousand(?:\\s+and)?(?:\\s+(?<unit2>"
                        + SPELLED_UNIT + "))?)",
                this::spelledYear);
        add("year around", "end", "(?:around\\s+)?year(?:-|\\s+|" + APOS + "s\\s+)end(?!-)", this::yearEnd);
        add("the", "period", "the\\s+(?:latest|most\\s+recent)\\s+period", this::latestPeriod);
        add("the", "quarter period", "the\\s+(?<year>" + YEAR + ")\\s+(?:quarter|period)", this::yearsQuarter);
        add("earlier later early late mid the this last next past coming", "year month week quarter weekend decade century",
                "(?:(?<pre>earlier|later|early|late|mid|the\\s+(?:end|beginning|start|middle|rest|turn)\\s+of)[-\\s]+)?"
                        + "(?<rel>this\\s+past|this\\s+coming|this|last|next|the\\s+past|the\\s+last|the\\s+next"
                        + "|the\\s+coming|the\\s+previous|the\\s+current|the\\s+full|the\\s+latest|the\\s+most\\s+recent|past"
                        + "|coming|the)\\s+(?<unit>year|month|week|quarter|weekend|decade|century|fiscal\\s+year)"
                        + "(?!-)",
                this::unitRelative);
        add("the #DIGIT this last next fiscal first second third fourth 1st 2nd 3rd 4th", "quarter half",
                "(?:(?<the>the)\\s+)?(?:(?<year>" + YEAR + ")(?:" + APOS + "s)?\\s+|(?<relyear>this|last|next)\\s+year"
                        + APOS + "s\\s+|fiscal\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?<hyph>[-\\s]+)"
                        + "(?:fiscal[-\\s]+)?(?<q>quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<year2>" + YEAR + ")"
                        + "|(?<relyear2>this|last|next)\\s+year))?",
                this::quarter);
        add("the year comparable corresponding prior", "ago earlier before year",
                "(?:the\\s+)?(?:year-ago|year-earlier|year-before|prior-year)(?:[-\\s]+(?:quarter|period))?",
                this::yearAgoQuarter);
        add("q1 q2 q3 q4", "", "q(?<n>[1-4])(?:\\s+(?<year>" + YEAR + "))?", this::quarterCode);
        add("spring summer fall autumn winter last this next past coming the early late mid", "spring summer fall autumn winter",
                "(?:(?<rel>this\\s+past|this\\s+coming|last|this|next|past|coming|the)\\s+)?"
                        + "(?:(?<mod>early|late|mid)[-\\s]+)?(?<season>spring|summer|fall|autumn|winter)"
                        + "(?:\\s+(?:of\\s+)?(?<year>" + YEAR + "))?",
                this::season);
        add("#DIGIT fiscal calendar early late mid the", "#DIGIT",
                "(?:(?<pre>fiscal(?:\\s+year)?|calendar(?:\\s+year)?|(?:early|late|mid)-?|the\\s+year"
                        + "|the\\s+(?:end|beginning|start|middle|rest|first\\s+half|second\\s+half)\\s+of)\\s*)?"
                        + "(?<year>\\d{4})(?![-/,.:]\\d|\\d|%|" + APOS + "?s\\b)",
                this::year);
        add("#DIGIT the early late mid", "#DIGIT twenties thirties forties fifties sixties seventies eighties nineties",
                "(?:the\\s+)?(?:(?:early|late|mid)[-\\s]?)?(?:(?<dec>1\\d\\d0|20\\d0)" + APOS + "?s"
                        + "|" + APOS + "(?<d2>\\d)0s|(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties"
                        + "|nineties))",
                this::decade);
        add("#DIGIT the early late mid nineteenth twentieth twenty", "century",
                "(?:the\\s+)?(?:(?:early|late|mid)[-\\s]?)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<nw>nineteenth|twentieth"
                        + "|twenty-first))[-\\s]+century",
                this::century);
        add("#DIGIT #NUMWORD #UNIT the past last next first previous coming following final recent remaining initial"
                        + " latest about around nearly almost more less fewer at roughly up"
                        + " approximately some another", "#UNIT",
                "(?:(?<approx>about|around|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least"
                        + "|at\\s+most|roughly|up\\s+to|approximately|another)\\s+)?"
                        + "(?:(?<the>the)\\s+)?(?:(?<rel>past|last|next|first|previous|coming|following|final|recent"
                        + "|remaining|initial|latest)\\s+)?(?:(?<num>" + NUMBER_RE + ")(?<frac>\\s+1/2)?(?<hyph>[-\\s]+))?"
                        + "(?<half>and\\s+a\\s+half\\s+)?(?<unit>" + UNIT_RE + ")(?<old>-long|-old|\\s+old)?"
                        + "(?<tail>\\s+(?:ago|earlier|later|from\\s+now|hence|before|after|back))?",
                this::duration);
        add("every each daily weekly monthly yearly annually hourly nightly biweekly", "",
                "(?:(?:every|each)\\s+(?<other>other\\s+)?(?:(?<num>" + NUMBER_RE + ")\\s+)?(?:(?<unit>" + UNIT_RE
                        + "|weekend)|(?<wd>" + WEEKDAY_RE + ")|(?<month>" + MONTH_RE + ")"
                        + "|(?<part>morning|afternoon|evening|night)|(?<season>spring|summer|fall|autumn|winter))"
                        + "|(?<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly))",
                this::set);
        add("christmas new thanksgiving halloween independence last this next", "christmas new thanksgiving halloween independence",
                "(?:(?<rel>last|this|next)\\s+)?(?:(?<xmas>christmas)(?:\\s+(?<xpart>day|eve))?"
                        + "|(?<ny>new\\s+year" + APOS + "s)(?:\\s+(?<nypart>day|eve))?|(?<tg>thanksgiving)(?:\\s+day)?"
                        + "|(?<hw>halloween)|(?<id>independence\\s+day))",
                this::holiday);
    }

    /**
     * A rule tried where one of its starter words begins, and only when one of its anchor words (if it names any)
     * begins within reach: most starters ("the", "a", "last") are common, the anchors ("year", "Monday") are not.
     */
    private void add(String starters, String anchors, String regex, Reading reading) {
        Rule rule = new Rule(rules.size(), Pattern.compile(regex + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE),
                reading, !anchors.isEmpty());
        rules.add(rule);
        for (String anchor : anchors.isEmpty() ? new String[0] : anchors.split(" ")) {
            for (String key : expand(anchor)) {
                anchorRules.merge(key, 1L << rule.index(), (a, b) -> a | b);
            }
        }
        for (String starter : starters.split(" ")) {
            for (String key : expand(starter)) {
                List<Rule> list = rulesByStarter.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(rule)) {
                    list.add(rule);
                }
            }
        }
    }

    private static List<String> expand(String starter) {
        return switch (starter) {
            case "#MONTH" -> {
                List<String> keys = new ArrayList<>(TemporalLexicon.MONTHS);
                keys.addAll(List.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
                        "dec"));
                yield keys;
            }
            case "#WEEKDAY" -> TemporalLexicon.WEEKDAYS;
            case "#NUMWORD" -> {
                List<String> keys = new ArrayList<>();
                for (String word : TemporalLexicon.NUMBER_WORDS.keySet()) {
                    keys.add(word.split("[ -]")[0]);
                }
                for (String word : TemporalLexicon.VAGUE_NUMBERS) {
                    keys.add(word.split(" ")[0]);
                }
                yield keys;
            }
            case "#UNIT" -> List.of("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
                    "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years",
                    "decade", "decades", "century", "centuries");
            default -> List.of(starter);
        };
    }

    /** Every temporal expression of the text, in order, none overlapping. */
    List<Timex> recognize(String text, RelativeDateResolver resolver) {
        int[][] anchorsByRule = anchorPositions(text);
        int[] nextAnchor = new int[rules.size()];
        List<Timex> found = new ArrayList<>();
        Discourse discourse = new Discourse();
        Matcher[] matchers = new Matcher[rules.size()];
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || !startsWord(text, i)) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(text, i);
            String key = Character.isDigit(c) ? "#DIGIT" : text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
            List<Rule> candidates = rulesByStarter.get(key);
            Timex best = null;
            if (candidates != null) {
                for (Rule rule : candidates) {
                    if (rule.anchored() && !anchorWithinReach(anchorsByRule[rule.index()], nextAnchor, rule.index(), i)) {
                        continue;
                    }
                    Matcher m = matchers[rule.index()];
                    if (m == null) {
                        m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[rule.index()] = m;
                    }
                    m.region(i, Math.min(n, i + MAX_EXTENT));
                    if (!m.lookingAt()) {
                        continue;
                    }
                    Timex timex = rule.reading().read(new Match(text, m, resolver, discourse));
                    if (timex != null && (best == null || timex.end() - timex.start() > best.end() - best.start())) {
                        best = timex;
                    }
                }
            }
            if (best != null) {
                found.add(best);
                if (!best.type().equals("DURATION") && !best.type().equals("SET") && best.value().length() >= 4
                        && Character.isDigit(best.value().charAt(3))
                        && (discourse.lastDate == null || !discourse.lastDate.startsWith(best.value()))) {
                    discourse.lastDate = best.value();
                }
                i = Math.max(best.end(), wordEnd);
            } else {
                i = wordEnd;
            }
        }
        return found;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Word start positions of each rule's anchor words, in text order. */
    private int[][] anchorPositions(String text) {
        int[][] positions = new int[rules.size()][];
        int[] counts = new int[rules.size()];
        for (int r = 0; r < positions.length; r++) {
            positions[r] = new int[8];
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            Long mask = anchorRules.get(Character.isDigit(text.charAt(i)) ? "#DIGIT"
                    : text.substring(i, end).toLowerCase(Locale.ROOT));
            if (mask != null) {
                for (long bits = mask; bits != 0; bits &= bits - 1) {
                    int r = Long.numberOfTrailingZeros(bits);
                    if (counts[r] == positions[r].length) {
                        positions[r] = java.util.Arrays.copyOf(positions[r], counts[r] * 2);
                    }
                    positions[r][counts[r]++] = i;
                }
            }
            i = end;
        }
        for (int r = 0; r < positions.length; r++) {
            positions[r] = java.util.Arrays.copyOf(positions[r], counts[r]);
        }
        return positions;
    }

    /** Whether an anchor word of the rule starts in [start, start + MAX_EXTENT); cursors only move forward. */
    private static boolean anchorWithinReach(int[] anchors, int[] cursor, int rule, int start) {
        int k = cursor[rule];
        while (k < anchors.length && anchors[k] < start) {
            k++;
        }
        cursor[rule] = k;
        return k < anchors.length && anchors[k] < start + MAX_EXTENT;
    }

    /** Mentions of the recognised expressions with their surface text. */
    List<DateMention> mentions(String text, RelativeDateResolver resolver) {
        List<DateMention> mentions = new ArrayList<>();
        for (Timex timex : recognize(text, resolver)) {
            mentions.add(new DateMention(text.substring(timex.start(), timex.end()), timex.value(), timex.type(),
                    timex.start(), timex.end()));
        }
        return mentions;
    }

    private static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char previous = text.charAt(i - 1);
        if (Character.isLetterOrDigit(previous)) {
            return false;
        }
        // "1,998" and "3.1999" are numbers, not a year after punctuation
        return !(Character.isDigit(text.charAt(i)) && (previous == ',' || previous == '.' || previous == ':'
                || previous == '/' || previous == '$') && i >= 2 && Character.isDigit(text.charAt(i - 2)))
                && previous != '$';
    }

    static String wordBefore(String text, int position) {
        int end = position;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            if (text.charAt(end - 1) == '\n' || position - end > 3) {
                return "";
            }
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    static String wordAfter(String text, int position) {
        int start = position;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean capitalized(String text, int start) {
        return Character.isUpperCase(text.charAt(start));
    }

    private static int hour(String hour, String ampm) {
        int h = Integer.parseInt(hour);
        if (ampm != null) {
            boolean pm = ampm.startsWith("p");
            if (pm && h < 12) {
                h += 12;
            } else if (!pm && h == 12) {
                h = 0;
            }
        }
        return h;
    }

    private static String partOfDay(String part) {
        return switch (part) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static String date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Timex monthDate(Match match) {
        Matcher m = match.m;
        int monthStart = m.start("month");
        if (!capitalized(match.text, monthStart)) {
            return null;
        }
        int month = TemporalLexicon.month(match.group("month"));
        String word = match.group("month");
        boolean hasDay = match.has("day");
        boolean hasYear = match.has("year");
        if (word.equals("may") && !hasDay && !hasYear && !match.has("rel") && !match.has("mod")
                && !MONTH_PREPOSITIONS.contains(match.previousWord())) {
            return null;
        }
        boolean alone = !hasDay && !hasYear && !match.has("rel") && !match.has("mod") && !match.has("relyear");
        if (alone && (match.previousWord().equals("the") || !match.nextWord().isEmpty()
                && Character.isUpperCase(match.nextWord().charAt(0)))) {
            return null;
        }
        String value;
        int year = hasYear ? Integer.parseInt(m.group("year")) : -1;
        if (match.has("relyear") && match.resolver.anchored()) {
            hasYear = true;
            String relYear = match.group("relyear");
            year = Integer.parseInt(match.resolver.year(relYear.equals("last") ? -1 : relYear.equals("next") ? 1 : 0));
        }
        if (hasDay) {
            int day = Integer.parseInt(m.group("day"));
            if (day < 1 || day > 31) {
                return null;
            }
            if (!hasYear) {
                year = match.resolver.yearOf(month, day, match.calendarTense());
            }
            value = year < 0 ? String.format("XXXX-%02d-%02d", month, day) : date(year, month, day);
            if (value == null) {
                return null;
            }
        } else if (hasYear) {
            value = RelativeDateResolver.month(year, month);
        } else if (match.has("rel")) {
            String rel = match.group("rel");
            value = rel.equals("this") ? monthOfTense(match, month)
                    : match.resolver.monthRelative(month, rel.equals("last") ? -1 : 1);
        } else {
            value = monthOfTense(match, month);
        }
        int start = match.has("wd") && !hasDay ? monthStart : m.start();
        if (match.has("hour")) {
            int minute = match.has("minute") ? Integer.parseInt(m.group("minute")) : 0;
            return new Timex(RelativeDateResolver.time(value, hour(m.group("hour"), match.group("ampm")), minute),
                    "TIME", start, m.end());
        }
        return new Timex(value, "DATE", start, m.end());
    }

    private static String monthOfTense(Match match, int month) {
        int year = match.resolver.yearOf(month, 0, match.calendarTense());
        return year < 0 ? String.format("XXXX-%02d", month) : RelativeDateResolver.month(year, month);
    }

    private Timex dayMonth(Match match) {
        Matcher m = match.m;
        if (!capitalized(match.text, m.start("month"))) {
            return null;
        }
        int month = TemporalLexicon.month(match.group("month"));
        int day = Integer.parseInt(m.group("day"));
        int year = match.has("year") ? Integer.parseInt(m.group("year"))
                : match.resolver.yearOf(month, day, match.calendarTense());
        String value = year < 0 ? String.format("XXXX-%02d-%02d", month, day) : date(year, month, day);
        return value == null ? null : match.timex(value, "DATE");
    }

    private Timex isoDate(Match match) {
        Matcher m = match.m;
        String value = date(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                Integer.parseInt(m.group("day")));
        if (value == null) {
            return null;
        }
        if (m.pattern().pattern().contains("<hour>") && match.has("hour")) {
            return match.timex(RelativeDateResolver.time(value, Integer.parseInt(m.group("hour")),
                    Integer.parseInt(m.group("minute"))), "TIME");
        }
        return match.timex(value, "DATE");
    }

    private Timex weekday(Match match) {
        Matcher m = match.m;
        if (!capitalized(match.text, m.start("wd"))) {
            return null;
        }
        int day = TemporalLexicon.weekday(match.group("wd"));
        String part = match.has("part") ? partOfDay(match.group("part")) : "";
        if (match.has("plural")) {
            return match.timex("XXXX-WXX-" + day + part, "SET");
        }
        String rel = match.has("rel") ? match.group("rel") : "";
        String value = switch (rel) {
            case "last" -> match.resolver.weekdayStrict(day, false);
            case "next" -> match.resolver.weekdayStrict(day, true);
            case "this past", "past" -> match.resolver.weekday(day, Tense.PAST);
            case "this coming", "coming" -> match.resolver.weekday(day, Tense.FUTURE);
            default -> match.resolver.weekday(day, soonest(match) ? Tense.FUTURE : match.tense());
        };
        return match.timex(value + part, part.isEmpty() ? "DATE" : "TIME");
    }

    private Timex clockTime(Match match) {
        Matcher m = match.m;
        int hour;
        int minute = 0;
        if (match.has("noon")) {
            String noon = match.group("noon");
            hour = noon.equals("midnight") ? 24 : 12;
            if (match.previousWord().equals("high")) {
                return null;
            }
        } else if (match.has("hour24")) {
            hour = Integer.parseInt(m.group("hour24"));
            minute = Integer.parseInt(m.group("minute24"));
            if (match.previousWord().isEmpty() || Character.isDigit(match.text.charAt(Math.max(0, m.start() - 2)))) {
                return null;
            }
        } else {
            hour = hour(m.group("hour"), match.group("ampm"));
            minute = match.has("minute") ? Integer.parseInt(m.group("minute")) : 0;
            if (match.group("ampm").equals("am") && !Character.isDigit(match.text.charAt(m.start("ampm") - 1))
                    && match.text.charAt(m.start("ampm") - 1) != ' ') {
                return null;
            }
        }
        String date;
        if (match.has("wd")) {
            date = match.resolver.weekday(TemporalLexicon.weekday(match.group("wd")), match.tense());
        } else if (match.has("rd")) {
            String rd = match.group("rd");
            date = match.resolver.relativeDay(rd.equals("yesterday") ? -1 : rd.equals("tomorrow") ? 1 : 0);
        } else if (match.has("month")) {
            int month = TemporalLexicon.month(match.group("month"));
            int day = Integer.parseInt(m.group("day"));
            int year = match.has("year") ? Integer.parseInt(m.group("year"))
                    : match.resolver.yearOf(month, day, match.calendarTense());
            date = year < 0 ? String.format("XXXX-%02d-%02d", month, day) : date(year, month, day);
            if (date == null) {
                return null;
            }
        } else {
            String last = match.discourse.lastDate;
            date = last != null && last.length() >= 10 && last.charAt(7) == '-' ? last.substring(0, 10)
                    : match.resolver.relativeDay(0);
        }
        return match.timex(RelativeDateResolver.time(date, hour, minute), "TIME");
    }

    private Timex relativeDay(Match match) {
        RelativeDateResolver r = match.resolver;
        if (match.has("overnight")) {
            return match.timex(r.relativeDay(0) + "TNI", "TIME");
        }
        if (match.has("around")) {
            return match.timex(r.relativeDay(match.group("around").startsWith("before") ? -2 : 2), "DATE");
        }
        if (match.has("this")) {
            String part = match.group("part2");
            boolean last = match.group("this").equals("last");
            if (last && !part.equals("night")) {
                return null;
            }
            return match.timex(r.relativeDay(last ? -1 : 0) + partOfDay(part), "TIME");
        }
        String rd = match.group("rd");
        int offset = switch (rd) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        if (rd.equals("tonight")) {
            return match.timex(r.relativeDay(0) + "TNI", "TIME");
        }
        if (match.has("part")) {
            return match.timex(r.relativeDay(offset) + partOfDay(match.group("part")), "TIME");
        }
        return match.timex(r.relativeDay(offset), "DATE");
    }

    private Timex reference(Match match) {
        String ref = match.group("ref");
        String value = switch (ref) {
            case "recently", "recent", "lately" -> "PAST_REF";
            default -> ref.endsWith("future") ? "FUTURE_REF" : "PRESENT_REF";
        };
        if (ref.equals("now") && match.nextWord().equalsIgnoreCase("that")) {
            return null;
        }
        String next = match.nextWord();
        if (ref.equals("the past") && !next.isEmpty() && Character.isLetter(next.charAt(0))
                && !AFTER_THE_PAST.contains(next.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (ref.equals("the past")) {
            value = "PAST_REF";
        }
        return match.timex(value, "DATE");
    }

    private Timex unitRelative(Match match) {
        RelativeDateResolver r = match.resolver;
        String rel = match.group("rel");
        String unit = match.group("unit");
        if (unit.startsWith("fiscal")) {
            unit = "year";
        }
        int offset = switch (rel) {
            case "this", "the current", "the full", "the" -> 0;
            case "last", "past", "the past", "the last", "the previous", "this past", "the latest",
                 "the most recent" -> -1;
            default -> 1;
        };
        boolean bare = rel.equals("the");
        String previous = match.previousWord();
        boolean spanOfTime = !match.has("pre") && (rel.startsWith("the ") || bare)
                && (previous.equals("for") && !bare && !rel.equals("the full") || previous.equals("over") || previous.equals("throughout")
                || previous.equals("within") || previous.equals("during") && !bare);
        if (spanOfTime && !unit.equals("weekend") && !unit.equals("quarter")) {
            String letter = switch (unit) {
                case "month" -> "1M";
                case "week" -> "1W";
                case "quarter" -> "3M";
                case "decade" -> "10Y";
                case "century" -> "100Y";
                default -> "1Y";
            };
            return match.timex("P" + letter, "DURATION");
        }
        String value = switch (unit) {
            case "year" -> r.year(offset);
            case "month" -> r.relativeMonth(offset);
            case "week" -> r.relativeWeek(offset);
            case "quarter" -> r.relativeQuarter(bare ? -1 : offset);
            case "decade" -> r.relativeDecade(offset);
            case "century" -> r.relativeCentury(offset);
            default -> bare || rel.equals("this") ? r.weekend(match.tense())
                    : offset < 0 ? r.weekend(-1) : r.weekend(Tense.FUTURE);
        };
        return match.timex(value, "DATE");
    }

    private Timex quarter(Match match) {
        Matcher m = match.m;
        RelativeDateResolver r = match.resolver;
        int n = TemporalLexicon.ordinal(match.group("ord"));
        boolean half = match.group("q").equals("half");
        if (half && n > 2) {
            return null;
        }
        String year = match.has("year") ? m.group("year") : match.has("year2") ? m.group("year2") : null;
        String relYear = match.has("relyear") ? match.group("relyear") : match.group("relyear2");
        if (year == null && relYear != null) {
            year = r.year(relYear.equals("last") ? -1 : relYear.equals("next") ? 1 : 0);
        }
        String value;
        if (year != null) {
            value = year + (half ? "-H" : "-Q") + n;
        } else if (half) {
            value = r.quarterOf(n == 1 ? 1 : 3, match.tense()).replace("-Q" + (n == 1 ? 1 : 3), "-H" + n);
        } else {
            value = r.quarterOf(n, match.tense());
        }
        int start = m.start();
        boolean adjective = m.group("hyph").contains("-") && !match.has("year2") && !match.has("relyear2");
        if (adjective && match.has("the") && !match.has("year") && !match.has("relyear")) {
            start = m.start("ord");
        }
        return new Timex(value, "DATE", start, m.end());
    }

    private Timex yearAgoQuarter(Match match) {
        return match.timex(match.resolver.relativeQuarter(-5), "DATE");
    }

    private Timex quarterCode(Match match) {
        Matcher m = match.m;
        int n = Integer.parseInt(m.group("n"));
        String value = match.has("year") ? m.group("year") + "-Q" + n : match.resolver.quarterOf(n, match.tense());
        return match.timex(value, "DATE");
    }

    private Timex season(Match match) {
        Matcher m = match.m;
        String season = match.group("season");
        int index = switch (season) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "fall", "autumn" -> 2;
            default -> 3;
        };
        String rel = match.has("rel") ? match.group("rel") : "";
        boolean ambiguousWord = season.equals("fall") || season.equals("spring");
        if (!match.has("year")) {
            if ((rel.isEmpty() || rel.equals("the")) && !match.has("mod")
                    && !SEASON_PREPOSITIONS.contains(match.previousWord())) {
                return null;
            }
            if (rel.isEmpty() && ambiguousWord && !match.has("mod")) {
                return null;
            }
            if (match.nextWord().equalsIgnoreCase("of")) {
                return null;
            }
        }
        if (match.has("year")) {
            return match.timex(m.group("year") + "-" + RelativeDateResolver.SEASONS[index], "DATE");
        }
        String value = switch (rel) {
            case "last", "past", "this past" -> match.resolver.season(index, -1, Tense.PAST);
            case "next", "coming", "this coming" -> match.resolver.season(index, 1, Tense.FUTURE);
            case "this" -> match.resolver.season(index, 0, Tense.UNKNOWN);
            default -> match.resolver.season(index, 0, match.tense());
        };
        return match.timex(value, "DATE");
    }

    private Timex year(Match match) {
        Matcher m = match.m;
        int year = Integer.parseInt(m.group("year"));
        if (year < 1000 || year > 2099) {
            return null;
        }
        if (!match.has("pre")) {
            String previous = match.previousWord();
            int start = m.start();
            if (start > 0 && "$#\u20AC\u00A3".indexOf(match.text.charAt(start - 1)) >= 0) {
                return null;
            }
            if (start > 1 && "$#\u20AC\u00A3".indexOf(match.text.charAt(start - 2)) >= 0
                    && match.text.charAt(start - 1) == ' ') {
                return null;
            }
            boolean preposition = YEAR_PREPOSITIONS.contains(previous);
            if (year < 1900 && !preposition) {
                return null;
            }
            if (NOT_BEFORE_YEAR.contains(previous) && !preposition) {
                return null;
            }
            String next = match.nextWord();
            boolean nextLower = !next.isEmpty() && Character.isLowerCase(next.charAt(0));
            if (nextLower && !preposition && !WORDS_AFTER_YEAR.contains(next.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (!next.isEmpty() && Character.isDigit(next.charAt(0))) {
                return null;
            }
        }
        return match.timex(String.format("%04d", year), "DATE");
    }

    private Timex decade(Match match) {
        Matcher m = match.m;
        String value;
        if (match.has("dec")) {
            value = m.group("dec").substring(0, 3);
        } else if (match.has("d2")) {
            value = "19" + m.group("d2");
        } else {
            String word = match.group("dw");
            int index = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                    "nineties").indexOf(word);
            if (!match.text.regionMatches(true, m.start(), "the", 0, 3)) {
                return null;
            }
            value = "19" + (index + 2);
        }
        return match.timex(value, "DATE");
    }

    private Timex century(Match match) {
        Matcher m = match.m;
        int n;
        if (match.has("n")) {
            n = Integer.parseInt(m.group("n"));
        } else {
            n = switch (match.group("nw")) {
                case "nineteenth" -> 19;
                case "twentieth" -> 20;
                default -> 21;
            };
        }
        return match.timex(String.format("%02d", n - 1), "DATE");
    }

    private Timex duration(Match match) {
        Matcher m = match.m;
        String unitWord = match.group("unit");
        boolean plural = unitWord.endsWith("s") && !unitWord.equals("centuries") || unitWord.equals("centuries");
        String numWord = match.group("num");
        String rel = match.group("rel");
        if (match.has("old") && match.group("old").contains("old")) {
            return null;
        }
        if (match.text.startsWith("-earlier", m.end()) || match.text.startsWith("-ago", m.end())
                || match.text.startsWith("-before", m.end())) {
            return null;
        }
        if (numWord != null && unitWord.startsWith("quarter") && (numWord.length() == 4
                && Character.isDigit(numWord.charAt(0)) || match.nextWord().equalsIgnoreCase("of"))) {
            return null;
        }
        int amount = numWord == null ? -1 : TemporalLexicon.number(numWord);
        if (numWord == null) {
            if (rel == null && match.has("the")) {
                return null;
            }
            if (!plural) {
                return null;
            }
            if (rel == null && !match.has("approx")
                    && !BARE_PLURAL_PREPOSITIONS.contains(match.previousWord())) {
                return null;
            }
        } else {
            String first = numWord.split("[ -]")[0];
            if ((first.equals("a") || first.equals("an")) && (unitWord.equals("second") || unitWord.equals("quarter"))) {
                return null;
            }
            if (amount > 10000 || amount == 0) {
                return null;
            }
            if (amount == 1 && plural && Character.isDigit(numWord.charAt(0))) {
                return null;
            }
            if (match.group("hyph").contains("-") && plural && match.has("tail")) {
                return null;
            }
        }
        char unit = unitLetter(unitWord);
        boolean time = unit == 'S' || unit == 'm' || unit == 'H';
        int end = m.end();
        String tail = match.has("tail") ? match.group("tail").trim() : null;
        if (tail != null && !tail.equals("before") && !tail.equals("after")) {
            if (rel != null || match.has("approx") && !match.group("approx").startsWith("more")
                    && !match.group("approx").startsWith("about") && !match.group("approx").startsWith("nearly")
                    && !match.group("approx").startsWith("almost")) {
                end = m.start("tail");
            } else {
                int direction = tail.equals("ago") || tail.equals("earlier") || tail.equals("back") ? -1 : 1;
                if (amount < 0) {
                    return match.timex(direction < 0 ? "PAST_REF" : "FUTURE_REF", "DATE");
                }
                if (amount == 1 && unit == 'Y' && direction < 0 && sentenceMentionsQuarter(match)) {
                    return match.timex(match.resolver.relativeQuarter(-5), "DATE");
                }
                return match.timex(match.resolver.shifted(unit, direction * amount), time ? "TIME" : "DATE");
            }
        } else if (tail != null) {
            end = m.start("tail");
        }
        boolean adjective = numWord != null && match.group("hyph").contains("-") && rel == null;
        int start = match.has("approx") && match.has("the") ? m.start("the")
                : adjective && match.has("the") ? m.start("num") : m.start();
        String previous = match.previousWord();
        if (numWord != null && (numWord.equals("a") || numWord.equals("an")) && SET_CUES.contains(previous)) {
            return new Timex("P" + (time ? "T" : "") + "1" + unitSuffix(unit), "SET", m.start(), end);
        }
        String quantity;
        if (amount == -2) {
            quantity = null;
        } else if (amount < 0 || Character.isDigit(numWord == null ? 'x' : numWord.charAt(0)) && numWord.contains(".")) {
            quantity = amount < 0 && numWord != null && numWord.contains(".") ? numWord : amount < 0 ? "X" : null;
        } else {
            quantity = String.valueOf(amount);
        }
        if (quantity == null && amount == -2) {
            String halfValue = switch (unit) {
                case 'Y' -> "P6M";
                case 'D' -> "PT12H";
                case 'H' -> "PT30M";
                case 'm' -> "PT30S";
                case 'W' -> "P3.5D";
                case 'M' -> "P2W";
                default -> "P0.5" + unitSuffix(unit);
            };
            return new Timex(halfValue, "DURATION", start, end);
        }
        if (quantity == null) {
            quantity = numWord;
        }
        if ((match.has("half") || match.has("frac")) && !quantity.equals("X")) {
            quantity = quantity + ".5";
        }
        return new Timex(durationValue(quantity, unit, time), "DURATION", start, end);
    }

    private static boolean sentenceMentionsQuarter(Match match) {
        int from = Math.max(0, match.m.start() - 400);
        int to = Math.min(match.text.length(), match.m.end() + 100);
        String around = match.text.substring(from, to).toLowerCase(Locale.ROOT);
        return around.contains("quarter");
    }

    private static String durationValue(String quantity, char unit, boolean time) {
        if (quantity.endsWith(".5") && quantity.indexOf('.') == quantity.length() - 2) {
            String whole = quantity.substring(0, quantity.length() - 2);
            String mixed = switch (unit) {
                case 'Y' -> "P" + whole + "Y6M";
                case 'D' -> "P" + whole + "DT12H";
                case 'H' -> "PT" + whole + "H30M";
                case 'm' -> "PT" + whole + "M30S";
                default -> null;
            };
            if (mixed != null) {
                return mixed;
            }
        }
        if (!quantity.equals("X")) {
            if (unit == 'E' || unit == 'C') {
                double years = Double.parseDouble(quantity) * (unit == 'E' ? 10 : 100);
                return "P" + number(years) + "Y";
            }
            if (unit == 'F') {
                return "P" + number(Double.parseDouble(quantity) * 2) + "W";
            }
        }
        return "P" + (time ? "T" : "") + quantity + unitSuffix(unit);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static char unitLetter(String unitWord) {
        String u = unitWord.toLowerCase(Locale.ROOT);
        if (u.startsWith("second")) {
            return 'S';
        }
        if (u.startsWith("minute")) {
            return 'm';
        }
        if (u.startsWith("hour")) {
            return 'H';
        }
        if (u.startsWith("day")) {
            return 'D';
        }
        if (u.startsWith("week")) {
            return 'W';
        }
        if (u.startsWith("fortnight")) {
            return 'F';
        }
        if (u.startsWith("month")) {
            return 'M';
        }
        if (u.startsWith("quarter")) {
            return 'Q';
        }
        if (u.startsWith("decade")) {
            return 'E';
        }
        if (u.startsWith("centur")) {
            return 'C';
        }
        return 'Y';
    }

    private static String unitSuffix(char unit) {
        return switch (unit) {
            case 'm' -> "M";
            case 'E' -> "DE";
            case 'C' -> "CE";
            case 'F' -> "W";
            default -> String.valueOf(unit);
        };
    }

    private Timex set(Match match) {
        Matcher m = match.m;
        if (match.has("adv")) {
            String value = switch (match.group("adv")) {
                case "daily" -> "P1D";
                case "weekly" -> "P1W";
                case "monthly" -> "P1M";
                case "hourly" -> "PT1H";
                case "nightly" -> "XXXX-XX-XXTNI";
                case "biweekly" -> "P2W";
                default -> "P1Y";
            };

            return match.timex(value, "SET");
        }
        if (match.has("wd")) {
            return match.timex("XXXX-WXX-" + TemporalLexicon.weekday(match.group("wd")), "SET");
        }
        if (match.has("month")) {
            return match.timex(String.format("XXXX-%02d", TemporalLexicon.month(match.group("month"))), "SET");
        }
        if (match.has("part")) {
            return match.timex("XXXX-XX-XX" + partOfDay(match.group("part")), "SET");
        }
        if (match.has("season")) {
            String season = match.group("season");
            int index = season.equals("spring") ? 0 : season.equals("summer") ? 1 : season.equals("winter") ? 3 : 2;
            return match.timex("XXXX-" + RelativeDateResolver.SEASONS[index], "SET");
        }
        String unitWord = match.group("unit");
        if (unitWord.equals("weekend")) {
            return match.timex("XXXX-WXX-WE", "SET");
        }
        int amount = match.has("num") ? TemporalLexicon.number(match.group("num")) : 1;
        if (match.has("other")) {
            amount *= 2;
        }
        char unit = unitLetter(unitWord);
        boolean time = unit == 'S' || unit == 'm' || unit == 'H';
        return match.timex(durationValue(amount < 0 ? "X" : String.valueOf(amount), unit, time), "SET");
    }

    private Timex holiday(Match match) {
        Matcher m = match.m;
        int start = match.has("rel") ? m.end("rel") : m.start();
        while (start < m.end() && !Character.isLetter(match.text.charAt(start))) {
            start++;
        }
        if (!capitalized(match.text, start)) {
            return null;
        }
        int direction = !match.has("rel") ? 0 : match.group("rel").equals("last") ? -1
                : match.group("rel").equals("next") ? 1 : 0;
        if (direction == 0) {
            Tense tense = match.tense();
            direction = tense == Tense.PAST ? -1 : tense == Tense.FUTURE || match.has("rel") ? 1 : 0;
        }
        RelativeDateResolver r = match.resolver;
        String value;
        if (match.has("xmas")) {
            value = r.holiday(12, "eve".equals(match.group("xpart")) ? 24 : 25, direction);
        } else if (match.has("ny")) {
            value = "eve".equals(match.group("nypart")) ? r.holiday(12, 31, direction) : r.holiday(1, 1, direction);
        } else if (match.has("hw")) {
            value = r.holiday(10, 31, direction);
        } else if (match.has("id")) {
            value = r.holiday(7, 4, direction);
        } else {
            value = r.holiday(11, 1, direction);
            if (!value.startsWith("X")) {
                LocalDate first = LocalDate.parse(value);
                value = first.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).toString();
            }
        }
        return match.timex(value, "DATE");
    }

    private Timex anaphoric(Match match) {
        String last = match.discourse.lastDate;
        if (last == null) {
            return null;
        }
        String ref = match.group("ref");
        int offset = ref.endsWith("following") ? 1 : ref.endsWith("previous") || ref.endsWith("preceding") ? -1 : 0;
        LocalDate date = RelativeDateResolver.parseAnchor(last);
        String value;
        switch (match.group("unit")) {
            case "year" -> value = String.format("%04d", Integer.parseInt(last.substring(0, 4)) + offset);
            case "quarter" -> {
                if (last.length() < 7 || last.charAt(5) != 'Q' || offset != 0) {
                    return null;
                }
                value = last.substring(0, 7);
            }
            case "month" -> {
                if (last.length() < 7 || last.charAt(4) != '-' || !Character.isDigit(last.charAt(5))) {
                    return null;
                }
                LocalDate first = LocalDate.of(Integer.parseInt(last.substring(0, 4)),
                        Integer.parseInt(last.substring(5, 7)), 1).plusMonths(offset);
                value = RelativeDateResolver.month(first.getYear(), first.getMonthValue());
            }
            case "week" -> {
                if (date == null) {
                    return null;
                }
                value = RelativeDateResolver.week(date.plusWeeks(offset));
            }
            default -> {
                if (date == null) {
                    return null;
                }
                value = RelativeDateResolver.day(date.plusDays(offset));
            }
        }
        return match.timex(value, "DATE");
    }

    private Timex spelledYear(Match match) {
        Matcher m = match.m;
        int year;
        if (match.has("tens")) {
            year = 1900 + TemporalLexicon.number(match.group("tens"))
                    + (match.has("unit") ? TemporalLexicon.number(match.group("unit")) : 0);
        } else {
            year = 2000 + (match.has("unit2") ? TemporalLexicon.number(match.group("unit2")) : 0);
            String next = match.nextWord();
            boolean nounFollows = !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                    && !WORDS_AFTER_YEAR.contains(next);
            if (!match.has("the") && (!YEAR_PREPOSITIONS.contains(match.previousWord()) || nounFollows)) {
                return null;
            }
        }
        return match.timex(String.valueOf(year), "DATE");
    }

    private Timex yearEnd(Match match) {
        boolean since = match.previousWord().equals("since");
        return match.timex(match.resolver.year(since ? -1 : 0), "DATE");
    }

    /** In an earnings report "the latest period" is the quarter just reported: the one before publication. */
    private Timex latestPeriod(Match match) {
        if (!sentenceMentionsQuarter(match)) {
            return null;
        }
        return match.timex(match.resolver.relativeQuarter(-1), "DATE");
    }

    /** "the 1988 quarter" of an earnings report: the reported quarter, in that year. */
    private Timex yearsQuarter(Match match) {
        if (!sentenceMentionsQuarter(match) || !match.resolver.anchored()) {
            return null;
        }
        String reported = match.resolver.relativeQuarter(-1);
        return match.timex(match.m.group("year") + reported.substring(4), "DATE");
    }

    /** "as early as Tuesday", "as soon as Friday": the earliest day something may yet happen. */
    private static boolean soonest(Match match) {
        int start = match.m.start();
        String before = match.text.substring(Math.max(0, start - 13), start).toLowerCase(Locale.ROOT);
        return before.endsWith("as early as ") || before.endsWith("as soon as ");
    }
}
