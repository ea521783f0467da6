package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.text.CharSliceMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the temporal expressions of a text with a rule table. Each rule is an anchored pattern tried only where a
 * word that can start it begins, so a document is read in one linear pass; where several rules match at the same
 * word the longest reading wins.
 */
final class TimexMatcher {

    private static final int MAX_EXTENT = 100;

    private record IndexedRule(int index, Pattern pattern, TimexRules.Reading reading, boolean anchored, WordShape shape) {
    }

    private final Map<String, List<IndexedRule>> rulesByStarter = new HashMap<>();
    private final List<IndexedRule> rules = new ArrayList<>();
    /** For each anchor word, the rules (as bits of their index) it anchors. */
    private final Map<String, Long> anchorRules = new HashMap<>();
    /** The rules a word starts and the rules it anchors, read with the word's slice of the text: one look-up a word. */
    private record WordRules(List<IndexedRule> starts, long anchors) {
    }

    private final CharSliceMap<WordRules> wordIndex;
    private final List<IndexedRule> digitStarts;
    private final long digitAnchors;

    TimexMatcher(List<TimexRules.Rule> table) {
        if (table.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " rules: " + table.size());
        }
        for (TimexRules.Rule rule : table) {
            add(rule);
        }
        Map<String, WordRules> byWord = new HashMap<>();
        for (String word : rulesByStarter.keySet()) {
            byWord.put(word, new WordRules(rulesByStarter.get(word), anchorRules.getOrDefault(word, 0L)));
        }
        for (String word : anchorRules.keySet()) {
            byWord.putIfAbsent(word, new WordRules(null, anchorRules.get(word)));
        }
        wordIndex = new CharSliceMap<>(byWord);
        digitStarts = rulesByStarter.get("#DIGIT");
        digitAnchors = anchorRules.getOrDefault("#DIGIT", 0L);
    }

    /**
     * A rule tried where one of its starter words begins, and only when one of its anchor words (if it names any)
     * begins within reach: most starters ("the", "a", "last") are common, the anchors ("year", "Monday") are not.
     */
    private void add(TimexRules.Rule table) {
        IndexedRule rule = new IndexedRule(rules.size(), pattern(table),
                table.reading(), !table.anchors().isEmpty(), table.shape());
        rules.add(rule);
        for (String anchor : table.anchors().isEmpty() ? new String[0] : table.anchors().split(" ")) {
            for (String key : expand(anchor)) {
                anchorRules.merge(key, 1L << rule.index(), (a, b) -> a | b);
            }
        }
        for (String starter : table.starters().split(" ")) {
            for (String key : expand(starter)) {
                List<IndexedRule> list = rulesByStarter.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(rule)) {
                    list.add(rule);
                }
            }
        }
    }

    /** A rule's pattern as the matcher runs it: a match ends where a word ends. */
    static Pattern pattern(TimexRules.Rule rule) {
        return Pattern.compile(rule.regex() + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> expand(String starter) {
        return switch (starter) {
            case "#MONTH" -> {
                List<String> keys = new ArrayList<>(TemporalLexicon.MONTHS);
                keys.addAll(TemporalLexicon.MONTH_ABBREVIATIONS);
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
            case "#UNIT" -> TemporalLexicon.UNITS;
            default -> List.of(starter);
        };
    }

    /** Every temporal expression of the text, in order, none overlapping. */
    List<Timex> recognize(String text, RelativeDateResolver resolver) {
        Words words = new Words(text);
        int[][] anchorsByRule = anchorPositions(words);
        int[] nextAnchor = new int[rules.size()];
        List<Timex> found = new ArrayList<>();
        TimexMatch.Discourse discourse = new TimexMatch.Discourse();
        Matcher[] matchers = new Matcher[rules.size()];
        int n = text.length();
        int i = 0;
        for (int w = 0; w < words.count; w++) {
            if (words.starts[w] < i || !startsWord(text, words.starts[w])) {
                continue;
            }
            i = words.starts[w];
            char c = text.charAt(i);
            int wordEnd = words.ends[w];
            List<IndexedRule> candidates = Character.isDigit(c) ? digitStarts
                    : words.rules[w] == null ? null : words.rules[w].starts();
            if (candidates == null && Character.isLetter(c) && Character.isDigit(text.charAt(wordEnd - 1))) {
                candidates = rulesByStarter.get(lettersThenDigits(text.substring(i, wordEnd).toLowerCase(Locale.ROOT)));
            }
            Timex best = null;
            if (candidates != null) {
                for (IndexedRule rule : candidates) {
                    if (rule.anchored() && !anchorWithinReach(anchorsByRule[rule.index()], nextAnchor, rule.index(), i)
                            || rule.shape() != null && !rule.shape().admits(text, i, wordEnd)) {
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
                    Timex timex = rule.reading().read(new TimexMatch(text, m, resolver, discourse));
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

    /** "fy#DIGIT" for "fy2026": a code of letters glued to a number, the number left open; else null. */
    private static String lettersThenDigits(String word) {
        int i = 0;
        while (i < word.length() && Character.isLetter(word.charAt(i))) {
            i++;
        }
        if (i == 0 || i == word.length()) {
            return null;
        }
        for (int j = i; j < word.length(); j++) {
            if (!Character.isDigit(word.charAt(j))) {
                return null;
            }
        }
        return word.substring(0, i) + "#DIGIT";
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without a table look-up for ASCII. */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** The runs of letters and digits of a text, each with the rules its word starts and anchors, read in one pass. */
    private final class Words {

        final String text;
        int count;
        int[] starts;
        int[] ends;
        /** Null for a word that starts and anchors no rule, and for every number (the {@code #DIGIT} rules). */
        WordRules[] rules;

        Words(String text) {
            this.text = text;
            // about one word in six characters of news: sized once for most texts
            int capacity = Math.max(16, text.length() / 5);
            starts = new int[capacity];
            ends = new int[capacity];
            rules = new WordRules[capacity];
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!isWordChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = wordEnd(text, i);
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    rules = Arrays.copyOf(rules, count * 2);
                }
                starts[count] = i;
                ends[count] = end;
                rules[count] = Character.isDigit(text.charAt(i)) ? null : wordIndex.getLowerCase(text, i, end);
                count++;
                i = end;
            }
        }
    }

    /** Word start positions of each rule's anchor words, in text order. */
    private int[][] anchorPositions(Words words) {
        int[][] positions = new int[rules.size()][];
        int[] counts = new int[rules.size()];
        for (int r = 0; r < positions.length; r++) {
            positions[r] = new int[8];
        }
        for (int w = 0; w < words.count; w++) {
            int i = words.starts[w];
            long mask = words.rules[w] != null ? words.rules[w].anchors()
                    : Character.isDigit(words.text.charAt(i)) ? digitAnchors : 0;
            for (long bits = mask; bits != 0; bits &= bits - 1) {
                int r = Long.numberOfTrailingZeros(bits);
                if (counts[r] == positions[r].length) {
                    positions[r] = Arrays.copyOf(positions[r], counts[r] * 2);
                }
                positions[r][counts[r]++] = i;
            }
        }
        for (int r = 0; r < positions.length; r++) {
            positions[r] = Arrays.copyOf(positions[r], counts[r]);
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
}
