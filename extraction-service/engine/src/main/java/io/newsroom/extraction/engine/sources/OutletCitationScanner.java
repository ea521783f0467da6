package io.newsroom.extraction.engine.sources;

import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.sources.NewsOutletLexicon.OutletMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds outlets cited as the source of what the article says: "per Reuters", "according to a Tass report",
 * "told the Global Times", "CNN reported", "Reuters, citing sources, reported", "said the Washington Post".
 * Outlets outside the lexicon count when the text calls them a newspaper, news agency, broadcaster and so on.
 * One pass over the words of the text; every look-around is bounded.
 */
public final class OutletCitationScanner {

    /** An outlet cited at {@code [start, end)}; the span includes the citing words ("per Reuters"). */
    public record OutletCitation(String name, int start, int end, int nameStart, int nameEnd) {
    }

    private static final List<String> CITING_BEFORE = Lexicon.lines(OutletCitationScanner.class, "citing-before.txt");
    private static final Set<String> CITING_VERBS = Lexicon.words(OutletCitationScanner.class, "citing-verbs.txt");
    private static final Set<String> ADVERBS = Lexicon.words(OutletCitationScanner.class, "citing-fillers.txt");
    private static final List<String> OUTLET_NOUNS = Lexicon.lines(OutletCitationScanner.class, "outlet-nouns.txt");
    private static final int PARENTHETICAL_LIMIT = 60;
    private static final List<String> ARTICLES = List.of("The ", "A ", "An ");

    private final NewsOutletLexicon lexicon;

    public OutletCitationScanner(NewsOutletLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Outlet citations whose name starts within {@code [from, to)}; context is read from the whole text. */
    public List<OutletCitation> find(String text, int from, int to) {
        List<OutletCitation> result = new ArrayList<>();
        // where the capitalised run last read ends when it named no outlet: a later word of the run ends it there too
        int[] plainRunEnd = {-1};
        int pos = from;
        while (pos < to) {
            char c = text.charAt(pos);
            boolean wordStart = Character.isLetterOrDigit(c) && (pos == 0 || !Character.isLetterOrDigit(text.charAt(pos - 1)));
            if (!wordStart) {
                pos++;
                continue;
            }
            OutletMention mention = lexicon.matchAt(text, pos);
            if (mention == null && Character.isUpperCase(c) && pos >= plainRunEnd[0]) {
                mention = describedOutlet(text, pos, plainRunEnd);
                if (mention != null) {
                    mention = namedAfterItsDescription(text, mention);
                }
            }
            if (mention == null) {
                pos = skipWord(text, pos);
                continue;
            }
            int nameEnd = mention.end();
            OutletCitation citation = cited(text, mention, afterDescriptor(text, nameEnd));
            if (citation != null) {
                result.add(citation);
            }
            pos = Math.max(nameEnd, pos + 1);
        }
        return result;
    }

    private static int skipWord(String text, int pos) {
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /**
     * "the Kommersant newspaper", "Yonhap news agency": an unknown outlet named by what it is. When the run of
     * capitalised words ends before its five-word limit and names none, its end goes to {@code plainRunEnd[0]}.
     */
    private static OutletMention describedOutlet(String text, int pos, int[] plainRunEnd) {
        for (String article : ARTICLES) {
            if (text.startsWith(article, pos)) {
                pos += article.length();
            }
        }
        int end = pos;
        int words = 0;
        boolean runEnded = true;
        while (end < text.length()) {
            if (words == 5) {
                runEnded = false;
                break;
            }
            int wordEnd = skipWord(text, end);
            if (wordEnd == end || !Character.isUpperCase(text.charAt(end))) {
                break;
            }
            words++;
            end = wordEnd;
            if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        if (words == 0) {
            return null;
        }
        int nameEnd = end;
        while (nameEnd > pos && text.charAt(nameEnd - 1) == ' ') {
            nameEnd--;
        }
        int after = nameEnd;
        if (after < text.length() && text.charAt(after) == ' ') {
            for (String noun : OUTLET_NOUNS) {
                if (text.startsWith(noun, after + 1) && boundary(text, after + 1 + noun.length())) {
                    return new OutletMention(text.substring(pos, nameEnd), pos, nameEnd);
                }
            }
        }
        if (runEnded) {
            plainRunEnd[0] = end;
        }
        return null;
    }

    /** "the Polish news agency PAP": a known outlet named right after the description is the outlet described. */
    private OutletMention namedAfterItsDescription(String text, OutletMention described) {
        int end = afterDescriptor(text, described.end());
        if (end == described.end() || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return described;
        }
        OutletMention named = lexicon.matchAt(text, end + 1);
        return named == null ? described : new OutletMention(named.canonical(), described.start(), named.end());
    }

    private static int afterDescriptor(String text, int nameEnd) {
        if (nameEnd < text.length() && text.charAt(nameEnd) == ' ') {
            for (String noun : OUTLET_NOUNS) {
                int end = nameEnd + 1 + noun.length();
                if (text.startsWith(noun, nameEnd + 1) && boundary(text, end)) {
                    return end;
                }
            }
        }
        return nameEnd;
    }

    private static boolean boundary(String text, int pos) {
        return pos >= text.length() || !Character.isLetterOrDigit(text.charAt(pos));
    }

    private OutletCitation cited(String text, OutletMention mention, int afterName) {
        int start = mention.start();
        int before = start;
        if (before >= 4 && text.regionMatches(true, before - 4, "the ", 0, 4)) {
            before -= 4;
        } else if (before >= 2 && text.regionMatches(true, before - 2, "a ", 0, 2)) {
            before -= 2;
        } else if (before >= 3 && text.regionMatches(true, before - 3, "an ", 0, 3)) {
            before -= 3;
        }
        for (String cue : CITING_BEFORE) {
            int cueStart = before - cue.length() - 1;
            if (cueStart >= 0 && text.charAt(before - 1) == ' ' && text.regionMatches(true, cueStart, cue, 0, cue.length())
                    && (cueStart == 0 || !Character.isLetterOrDigit(text.charAt(cueStart - 1)))) {
                if ((cue.equals("said") || cue.equals("says") || cue.equals("told")) && !outletFollowsAsSubject(text, afterName)) {
                    continue;
                }
                return new OutletCitation(mention.canonical(), cueStart, afterName, mention.start(), mention.end());
            }
        }
        int verbEnd = citingVerbAfter(text, afterName);
        if (verbEnd > 0) {
            return new OutletCitation(mention.canonical(), mention.start(), verbEnd, mention.start(), mention.end());
        }
        return null;
    }

    /** After "said the X" / "told the X" the outlet ends the clause or carries its own complement ("on Sunday"). */
    private static boolean outletFollowsAsSubject(String text, int afterName) {
        int pos = afterName;
        if (pos >= text.length()) {
            return true;
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '\u2019') {
            return false;
        }
        return !Character.isLetterOrDigit(c) || c == ' ' && (pos + 1 >= text.length() || Character.isLowerCase(text.charAt(pos + 1)));
    }

    /** End of "reported" in "X reported", "X's report", "X, citing sources, reported", "X also reported", or -1. */
    private static int citingVerbAfter(String text, int pos) {
        if (pos < text.length() && (text.startsWith("'s ", pos) || text.startsWith("\u2019s ", pos))) {
            int word = pos + 3;
            int end = skipWord(text, word);
            String next = text.substring(word, end);
            return next.equals("report") || next.equals("reporting") || next.equals("reports") ? end : -1;
        }
        if (pos < text.length() && text.charAt(pos) == ',') {
            int close = text.indexOf(',', pos + 1);
            if (close < 0 || close - pos > PARENTHETICAL_LIMIT || text.substring(pos, close).contains(".")
                    || !text.regionMatches(true, pos + 1, " citing", 0, 7) && !text.regionMatches(true, pos + 1, " quoting", 0, 8)) {
                return -1;
            }
            pos = close + 1;
        }
        for (int words = 0; words < 4; words++) {
            if (pos >= text.length() || text.charAt(pos) != ' ') {
                return -1;
            }
            int word = pos + 1;
            int end = skipWord(text, word);
            if (end == word) {
                return -1;
            }
            String next = text.substring(word, end);
            if (CITING_VERBS.contains(next)) {
                return end;
            }
            if (!ADVERBS.contains(next)) {
                return -1;
            }
            pos = end;
        }
        return -1;
    }
}
