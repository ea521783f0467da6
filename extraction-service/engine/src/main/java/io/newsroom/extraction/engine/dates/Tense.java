package io.newsroom.extraction.engine.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether the clause around a temporal expression tells of the past or the future, read from nearby verbs. */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_CUES = DateWords.of("tense-cues.txt", "future");
    private static final Set<String> PAST_CUES = DateWords.of("tense-cues.txt", "past");
    private static final Set<String> NOT_PAST = DateWords.of("tense-cues.txt", "not-past");
    private static final Set<String> SCHEDULE_VERBS = DateWords.of("tense-cues.txt", "schedule");
    private static final Set<String> COMMITMENTS = DateWords.of("tense-cues.txt", "commitment");

    /** A cue word right after one of these is a noun or an adjective ("the plan", "the reduced dividend"), not a verb. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "s");
    private static final Set<String> DETERMINED_CUES = Set.of("last", "next", "coming", "upcoming");
    /** A plan told in the pluperfect or as former ("had been due", "previously planned") lies in the past. */
    private static final Set<String> FORMER_PLAN = Set.of("had", "been", "previously", "originally");
    /** A present-tense verb nearer than any cue: the clause of the date is the present ("said it is calling on Dec. 7"). */
    private static final Set<String> PRESENT_VERBS = Set.of("is", "are", "am");

    private static final Set<String> DEGREE_ADVERBS = Set.of("still", "yet", "so", "very", "much", "long", "well",
            "once", "already", "as", "not");
    /** A modal of the future governs its clause to the end: "said two ferries would leave ... from August 6". */
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "would", "shall", "won't");
    private static final Set<String> SCHEDULED_AFTER_SET = Set.of("for", "to");
    private static final List<String> PAST_MODALS = List.of("could ", "could not ", "couldn't ");

    private static final int LEFT_WORDS = 10;
    private static final int RIGHT_WORDS = 6;
    private static final int WINDOW = 160;

    /** The tense of the clause around text[start, end): the nearest cue on the left wins, then on the right. */
    static Tense around(String text, int start, int end) {
        int left = start;
        int limit = Math.max(0, start - WINDOW);
        while (left > limit && !endsClause(text, left - 1)) {
            left--;
        }
        int right = end;
        int rightLimit = Math.min(text.length(), end + WINDOW);
        while (right < rightLimit && !endsClause(text, right)) {
            right++;
        }
        int words = 0;
        int i = start;
        while (i > left) {
            while (i > left && !Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            int wordEnd = i;
            // a hyphenated word is one word: "an inner-tube", "a long-planned visit"
            while (i > left && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\''
                    || text.charAt(i - 1) == '-' && i - 1 > left && Character.isLetter(text.charAt(i - 2)))) {
                i--;
            }
            if (wordEnd > i) {
                words++;
                String surface = text.substring(i, wordEnd);
                String word = surface.toLowerCase(Locale.ROOT);
                if (PRESENT_VERBS.contains(word)) {
                    break;
                }
                // beyond the nearest words only a modal still governs the date: "will name X ... for a mission in May"
                Tense tense = words <= LEFT_WORDS ? verbCue(text, i, wordEnd, surface, word) : auxiliaryCue(word);
                if (tense != UNKNOWN) {
                    return tense;
                }
            }
        }
        words = 0;
        i = end;
        while (i < right && words < RIGHT_WORDS) {
            while (i < right && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < right && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i > wordStart) {
                words++;
                String surface = text.substring(wordStart, i);
                Tense tense = verbCue(text, wordStart, i, surface, surface.toLowerCase(Locale.ROOT));
                if (tense != UNKNOWN) {
                    return tense;
                }
            }
        }
        return UNKNOWN;
    }

    /** "A still unspecified date", "the newly elected council": a participle after a determiner and an adverb is an adjective. */
    private static boolean determinedThroughAdverb(String text, int start, String before) {
        if (!before.endsWith("ly") && !DEGREE_ADVERBS.contains(before)) {
            return false;
        }
        int adverb = start;
        while (adverb > 0 && !Character.isLetterOrDigit(text.charAt(adverb - 1))) {
            adverb--;
        }
        adverb -= before.length();
        return adverb > 0 && DETERMINERS.contains(TimexMatch.wordBefore(text, adverb));
    }

    private static Tense auxiliaryCue(String word) {
        return FUTURE_AUXILIARIES.contains(word) || word.endsWith("'ll") ? FUTURE : UNKNOWN;
    }

    private static boolean endsClause(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        // the dot of "p.m." or "a.m." ends no clause: "at 5 p.m. on Friday"
        boolean clock = i >= 3 && (text.regionMatches(true, i - 3, "a.m", 0, 3) || text.regionMatches(true, i - 3, "p.m", 0, 3));
        return c == '.' && !clock && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                && (i == 0 || Character.isLowerCase(text.charAt(i - 1)) || Character.isDigit(text.charAt(i - 1)));
    }

    /** The tense the word {@code text[start, end)} ({@code word}, and {@code lower} in lower case) gives its clause. */
    private static Tense verbCue(String text, int start, int end, String word, String lower) {
        // "the vote is set for October", "talks are set to resume": a schedule, not the past of "set"
        boolean scheduled = word.equalsIgnoreCase("set")
                && SCHEDULED_AFTER_SET.contains(TimexMatch.wordAfter(text, end).toLowerCase(Locale.ROOT));
        Tense tense = scheduled ? FUTURE : cue(word, lower);
        if (tense == UNKNOWN) {
            return tense;
        }
        String before = TimexMatch.wordBefore(text, start);
        if (!DETERMINED_CUES.contains(lower) && (DETERMINERS.contains(before)
                || determinedThroughAdverb(text, start, before))) {
            return UNKNOWN;
        }
        // "agreed to buy the line in February", "decided to admit them in March": the date is the promised act's
        if (tense == PAST && COMMITMENTS.contains(lower)
                && TimexMatch.wordAfter(text, end).equalsIgnoreCase("to")) {
            return FUTURE;
        }
        if (tense == FUTURE && FORMER_PLAN.contains(before)) {
            return PAST;
        }
        // "hard for the mill to meet demand into the summer": an infinitive takes the tense of the verb it depends on
        if (tense == FUTURE && before.equals("to") && SCHEDULE_VERBS.contains(lower)) {
            return UNKNOWN;
        }
        // "will be paid", "to be completed": a participle after a bare "be" is not the past, unless the modal is a past
        // one: "could not be reached Wednesday", "could be located Friday" tell of an attempt already made
        if (tense == PAST && before.equals("be")) {
            return pastModalBefore(text, start) ? PAST : FUTURE;
        }
        return tense;
    }

    /** Whether the "be" before text[start] follows "could", "could not" or "couldn't": a report on the past. */
    private static boolean pastModalBefore(String text, int start) {
        int be = start;
        while (be > 0 && Character.isWhitespace(text.charAt(be - 1))) {
            be--;
        }
        be -= 2;
        if (be < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, be - 12), be).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String modal : PAST_MODALS) {
            if (before.endsWith(modal)) {
                return true;
            }
        }
        return false;
    }

    private static Tense cue(String word, String lower) {
        String w = lower;
        if (w.startsWith("'")) {
            w = w.substring(1);
        }
        if (w.endsWith("'ll")) {
            return FUTURE;
        }
        if (w.endsWith("'d")) {
            return UNKNOWN;
        }
        if (FUTURE_CUES.contains(w) || SCHEDULE_VERBS.contains(w)) {
            return FUTURE;
        }
        if (PAST_CUES.contains(w)) {
            return PAST;
        }
        if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && Character.isLowerCase(word.charAt(0))) {
            return PAST;
        }
        return UNKNOWN;
    }
}
