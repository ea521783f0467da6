package io.newsroom.extraction.engine.dates;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule's word shape only spares its pattern the places it cannot match: at every word of these sentences where a
 * pattern matches, its shape must admit the word, and each shape must turn away some words, or it spares nothing.
 */
class WordShapeTest {

    private static final List<String> SENTENCES = List.of(
            "The council met on 2025-05-20 and again on 2025-05-20T10:30, then on 5/21/2025 at 10:30.",
            "Talks resumed at 9am on Monday, about 9 a.m., shortly after noon, and ran until 11:45 PM EST.",
            "The ferry left at 7 pm Tuesday and returned around midnight; the last bus is at 23:10.",
            "Sales rose in the 1990s and the 1980's, fell in the '70s, and again in the early 2000s and the nineties.",
            "The plant opened in 1998, closed at the end of 2004, and reopened in fiscal 2011 for the year 2012.",
            "On 20 May the board met; on the 21st of May it voted; from May 3 to 5 and May 7-9 it toured, May 10 through 12.",
            "Later that month the union agreed; the following week it struck, and the day before it had warned.",
            "The year-ago quarter was weak, the prior-year period weaker, and the year-earlier results worse.",
            "That year the mill closed; earlier that week the mayor spoke; the same day the vote was held.",
            "The 12 members met 3 times in 45 minutes, 100 people came, and 7 of 10 voted at 2 a.m. local time.",
            "In the 1960s and in '80s Britain, the 4,500 workers earned $1,999 in 2.5 days in 1999's boom.");

    @Test
    void aShapeAdmitsEveryWordItsPatternMatchesAndTurnsSomeAway() {
        List<TimexRules.Rule> rules = TimexRules.english();
        rules.add(0, TimexRules.localized(CalendarWords.of("de")).get(0));
        int shaped = 0;
        for (TimexRules.Rule rule : rules) {
            if (rule.shape() == null) {
                continue;
            }
            shaped++;
            Pattern pattern = TimexMatcher.pattern(rule);
            int matched = 0;
            int turnedAway = 0;
            for (String text : SENTENCES) {
                for (int[] word : words(text)) {
                    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    m.region(word[0], Math.min(text.length(), word[0] + 100));
                    boolean matches = m.lookingAt();
                    boolean admitted = rule.shape().admits(text, word[0], word[1]);
                    assertTrue(admitted || !matches, () -> "the shape of /" + rule.regex() + "/ turns away \""
                            + text.substring(word[0]) + "\", where the pattern matches");
                    matched += matches ? 1 : 0;
                    turnedAway += admitted ? 0 : 1;
                }
            }
            assertTrue(matched > 0, "no sentence matches /" + rule.regex() + "/: the test proves nothing for it");
            assertTrue(turnedAway > 0, "the shape of /" + rule.regex() + "/ admits every word");
        }
        assertTrue(shaped >= 8, "the hottest rules have shapes: " + shaped);
    }

    /** Every run of letters and digits, as the matcher reads words. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            words.add(new int[] {start, i});
        }
        return words;
    }
}
