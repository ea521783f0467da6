package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Sports pages name teams after their towns, counties and states ("Leicestershire beat Somerset", "Chicago 5
 * Boston 3"): there such a place is an organisation, except where the text puts something in it ("at Leicester").
 * Countries stay places: national sides are reported under the country's name.
 */
final class SportsTeams {

    private static final Set<String> SPORTS_WORDS = Set.of(
            "soccer", "football", "cricket", "tennis", "golf", "rugby", "baseball", "basketball", "hockey", "athletics",
            "cycling", "boxing", "motor", "racing", "innings", "wicket", "wickets", "runs", "batting", "bowling",
            "goal", "goals", "scored", "striker", "midfielder", "goalkeeper", "halftime", "half-time", "penalty",
            "league", "division", "championship", "season", "match", "matches", "tournament", "seeded", "semifinal",
            "semifinals", "quarterfinal", "final", "finals", "coach", "inning", "homer", "pitcher", "touchdown",
            "standings", "fixtures", "draw", "beat", "defeated", "points", "race", "lap", "podium", "medal", "relay",
            "par", "birdie", "bogey", "round", "set", "sets", "title", "cup", "club", "player", "players", "team");
    private static final Set<String> RESULT_WORDS = Set.of(
            "v", "vs", "vs.", "beat", "and", "at", "drew", "lost", "pct");
    private static final Set<String> PLACE_WORDS = Set.of(
            "in", "at", "near", "from", "to", "into", "outside", "around", "across", "of", "visit", "visited");

    private final Word[] words;
    private final EntityLexicon lexicon;
    private final boolean sportsPage;

    SportsTeams(Word[] words, EntityLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        int hits = 0;
        for (int k = 0; k < words.length && hits < 4; k++) {
            if (SPORTS_WORDS.contains(words[k].key())) {
                hits++;
            }
        }
        this.sportsPage = hits >= 4;
    }

    /**
     * In a results line ("Leicester 2 Chelsea 1") or a table row ("Ajax 3 2 1 0 5 2 7") the names before the
     * numbers are teams; {@code spans} are the spans of that one line, in order.
     */
    boolean isResultsLine(List<NameSpan> spans, int lineStart, int lineEnd) {
        int scored = 0;
        boolean table = false;
        for (NameSpan span : spans) {
            int numbers = 0;
            for (int k = span.to; k < lineEnd && words[k].isNumber(); k++) {
                numbers++;
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
            Word word = words[k];
            boolean lowerCase = word.isLetters() && Character.isLowerCase(word.text().charAt(0));
            if (lowerCase && !RESULT_WORDS.contains(word.key())) {
                return false;
            }
        }
        return true;
    }

    boolean scoresFollow(NameSpan span, int lineEnd) {
        return span.to < lineEnd && words[span.to].isNumber();
    }

    /** A known town, county or state named on a sports page other than as a place where something happens. */
    boolean isTeamMention(NameSpan span) {
        return isTown(span) && !isDateline(span) && !afterPlaceWord(span);
    }

    /** A known town, county or state on a sports page, named as the place where something happens. */
    boolean isPlaceMention(NameSpan span) {
        return isTown(span) && (isDateline(span) || afterPlaceWord(span));
    }

    private boolean isTown(NameSpan span) {
        return sportsPage && span.type == EntityType.LOCATION && span.canonical != null && !isCountry(span);
    }

    private boolean isDateline(NameSpan span) {
        return startsLine(span) && span.to < words.length && words[span.to].isNumber();
    }

    private boolean afterPlaceWord(NameSpan span) {
        return !startsLine(span) && PLACE_WORDS.contains(words[span.from - 1].key());
    }

    private boolean startsLine(NameSpan span) {
        return span.from == 0 || words[span.from - 1].line() != words[span.from].line();
    }

    boolean isCountry(NameSpan span) {
        EntityLexicon.Entry entry = lexicon.name(span.key);
        return entry != null && entry.country();
    }
}
