package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Sports pages name teams after their towns, counties and states ("Ardmoreshire beat Dorvikshire", "Riverton 5
 * Quillby 3"): there such a place is an organisation, except where the text puts something in it ("at Riverton").
 * Countries stay places: national sides are reported under the country's name.
 */
final class SportsTeams {

    private static final Set<String> RESULT_WORDS = Set.of(
            "v", "vs", "vs.", "beat", "and", "at", "drew", "lost", "pct");

    private final Token[] words;
    private final EntityLexicon lexicon;
    private final boolean sportsPage;

    SportsTeams(Token[] words, EntityLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        int hits = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < words.length && seen.size() < 3; k++) {
            if (lexicon.isSportsWord(words[k].key())) {
                seen.add(words[k].key());
            }
        }
        hits = seen.size();
        this.sportsPage = hits >= 3;
    }

    boolean isSportsPage() {
        return sportsPage;
    }

    /**
     * In a results line ("Riverton 2 Quillby 1") or a table row ("Dorvik 3 2 1 0 5 2 7") the names before the
     * numbers are teams; {@code spans} are the spans of that one line, in order.
     */
    boolean isResultsLine(List<NameSpan> spans, int lineStart, int lineEnd) {
        int scored = 0;
        boolean table = false;
        for (NameSpan span : spans) {
            int numbers = 0;
            for (int k = span.to; k < lineEnd && (words[k].isNumber() || words[k].is(".") || words[k].is("-")); k++) {
                numbers += words[k].isNumber() ? 1 : 0;
                if (words[k].text().indexOf(',') > 0) {
                    break; // a figure with a thousands separator ends the run: scores and table points have none
                }
            }
            if (numbers > 0) {
                scored++;
                table |= numbers >= 3;
            }
        }
        if (scored < 2 && !table) {
            return false;
        }
        for (int k = lineStart; k < lineEnd; k++) {
            Token word = words[k];
            boolean lowerCase = word.isLetters() && Character.isLowerCase(word.text().charAt(0));
            if (lowerCase && !RESULT_WORDS.contains(word.key())) {
                return false;
            }
        }
        return true;
    }

    boolean scoresFollow(NameSpan span, int lineEnd) {
        return span.to == lineEnd || words[span.to].isNumber() || RESULT_WORDS.contains(words[span.to].key());
    }

    /** Cricket bowling figures ("Kasprzak 10-0-41-2": overs, maidens, runs, wickets) follow a bowler. */
    boolean bowlingFiguresFollow(NameSpan span, int lineEnd) {
        if (span.to >= lineEnd || !words[span.to].isNumber()) {
            return false;
        }
        String figures = words[span.to].text();
        int dashes = 0;
        for (int i = 0; i < figures.length(); i++) {
            dashes += figures.charAt(i) == '-' ? 1 : 0;
        }
        return dashes == 3;
    }

    /** A known town, county or state named on a sports page other than as a place where something happens. */
    boolean isTeamMention(NameSpan span) {
        if (!isTown(span) || isDateline(span) || afterPlaceWord(span)) {
            return false;
        }
        boolean sameLineAfter = span.to < words.length && words[span.to].line() == words[span.from].line();
        if (sameLineAfter && (lexicon.is(WordClass.TEAM_WORD_AFTER, words[span.to].key()) || words[span.to].isNumber())) {
            return true;
        }
        return !startsLine(span) && lexicon.is(WordClass.TEAM_WORD_BEFORE, words[span.from - 1].key());
    }

    /** A known town, county or state on a sports page, named as the place where something happens. */
    boolean isPlaceMention(NameSpan span) {
        return isTown(span) && (isDateline(span) || afterPlaceWord(span));
    }

    private boolean isTown(NameSpan span) {
        return sportsPage && span.type == EntityType.LOCATION && span.canonical != null && !isCountry(span);
    }

    /** "DORVIK 2024-03-11": the place a report was filed from, on the line of its own that opens the story. */
    boolean isDateline(NameSpan span) {
        return startsLine(span) && span.to < words.length && words[span.to].isNumber()
                && words[span.to].text().indexOf('-') > 0
                && (span.to + 1 == words.length || words[span.to + 1].line() != words[span.to].line());
    }

    private boolean afterPlaceWord(NameSpan span) {
        return !startsLine(span) && lexicon.is(WordClass.SPORTS_PLACE_WORD, words[span.from - 1].key());
    }

    private boolean startsLine(NameSpan span) {
        return span.from == 0 || words[span.from - 1].line() != words[span.from].line();
    }

    boolean isCountry(NameSpan span) {
        EntityLexicon.Entry entry = lexicon.name(span.key);
        return entry != null && entry.country();
    }
}
