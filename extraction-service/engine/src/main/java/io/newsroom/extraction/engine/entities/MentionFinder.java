package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one document's words and returns the typed name spans in it. Cased text is read first (capitalised runs,
 * split at titles, demonyms and known names, typed by lexicon, head word or context); what that reading is sure of is
 * then remembered for the whole document, so surnames, all-caps headlines and datelines get the same types.
 */
final class MentionFinder {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "near", "outside", "across", "into", "throughout", "towards", "toward", "at", "around");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** "Foreign Minister Tomas Varela Monday": a weekday after a name ends it. */
    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private final EntityLexicon lexicon;
    private final Token[] words;
    /** The lexicon's word classes of each word, looked up when first asked: the rules ask them of a word again and again. */
    private final int[] wordClasses;
    private static final int UNKNOWN_CLASSES = -1;
    private final boolean[] uncasedLine;
    private final Set<String> lowerCaseWords = new HashSet<>();
    private final Set<String> capitalisedInside = new HashSet<>();
    private final List<NameSpan> spans = new ArrayList<>();
    private final Map<String, NameSpan> memory = new HashMap<>();
    private int longestRemembered = 1;
    /** Per line, the index of the first word after the dateline that opens it (the line's first word if none). */
    private final int[] bodyStart;
    private final List<NameSpan> datelines = new ArrayList<>();
    private boolean sportsPage;

    MentionFinder(EntityLexicon lexicon, List<Token> words) {
        this.lexicon = lexicon;
        this.words = words.toArray(new Token[0]);
        this.wordClasses = new int[this.words.length];
        Arrays.fill(wordClasses, UNKNOWN_CLASSES);
        int lines = this.words.length == 0 ? 0 : this.words[this.words.length - 1].line() + 1;
        this.uncasedLine = new boolean[lines];
        this.bodyStart = new int[lines];
    }

    List<NameSpan> find() {
        SportsTeams teams = new SportsTeams(words, lexicon);
        sportsPage = teams.isSportsPage();
        markUncasedLines();
        for (Token word : words) {
            if (uncasedLine[word.line()] || !word.isLetters()) {
                continue;
            }
            if (Character.isLowerCase(word.text().charAt(0))) {
                lowerCaseWords.add(word.key());
            } else if (!word.sentenceStart()) {
                capitalisedInside.add(word.key());
            }
        }
        forEachLine(false, this::readDateline);
        forEachLine(true, this::readDateline);
        forEachLine(false, this::readCasedLine);
        remember();
        resolveUntyped();
        List<List<NameSpan>> byLine = spansByLine();
        forEachLine(false, (from, to) -> markResults(teams, byLine.get(words[from].line()), from, to));
        markTeamMentions(teams);
        forEachLine(true, this::readUncasedLine);
        List<List<NameSpan>> uncasedByLine = spansByLine();
        forEachLine(true, (from, to) -> markResults(teams, uncasedByLine.get(words[from].line()), from, to));
        for (NameSpan span : spans) {
            if (span.type != null && teams.isDateline(span)) {
                span.type = EntityType.LOCATION;
                span.strength = NameSpan.DECISIVE;
            }
        }
        spans.addAll(datelines);
        harmonise();
        spans.removeIf(span -> span.type == null);
        spans.sort(Comparator.comparingInt(span -> span.from));
        return spans;
    }

    /** Whether word {@code k} is of the class. */
    private boolean is(WordClass wordClass, int k) {
        if (wordClasses[k] == UNKNOWN_CLASSES) {
            wordClasses[k] = lexicon.classes(words[k].key());
        }
        return EntityLexicon.isIn(wordClass, wordClasses[k]);
    }

    private interface LineReader {
        void read(int from, int to);
    }

    private void forEachLine(boolean uncased, LineReader reader) {
        int lineStart = 0;
        while (lineStart < words.length) {
            int lineEnd = lineEnd(lineStart);
            if (uncasedLine[words[lineStart].line()] == uncased) {
                reader.read(lineStart, lineEnd);
            }
            lineStart = lineEnd;
        }
    }

    Token[] words() {
        return words;
    }

    private int lineEnd(int start) {
        int line = words[start].line();
        int end = start;
        while (end < words.length && words[end].line() == line) {
            end++;
        }
        return end;
    }

    /** Headlines and datelines in capitals carry no case information: only known names are read there. */
    private void markUncasedLines() {
        int[] letters = new int[uncasedLine.length];
        int[] capitals = new int[uncasedLine.length];
        for (Token word : words) {
            if (word.isLetters() && word.text().length() > 1) {
                letters[word.line()]++;
                if (word.isAllCaps()) {
                    capitals[word.line()]++;
                }
            }
        }
        for (int line = 0; line < uncasedLine.length; line++) {
            uncasedLine[line] = letters[line] > 0 && capitals[line] * 10 >= letters[line] * 7
                    && (letters[line] > 1 || capitals[line] == 1);
        }
    }

    private void readCasedLine(int lineStart, int to) {
        int i = bodyStart[words[lineStart].line()];
        while (i < to) {
            if (!startsRun(i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to) {
                if (startsRun(j) && !WEEKDAYS.contains(words[j].key())) {
                    j++;
                    continue;
                }
                int joined = connector(i, j, to);
                if (joined == 0) {
                    break;
                }
                j += joined;
            }
            j = Math.max(j, i + capitalisedKnownLength(i, to));
            if (j < to && endsInLowerCaseCompound(j) && isKnownWithCompoundHead(i, j)) {
                // "New Zealand-based": the known name is cut by the adjective built on it, which names no one.
                i = j + 1;
                continue;
            }
            segment(i, j, to);
            i = j;
        }
    }

    /** "North", "East": a compass point itself, not an adjective of direction ("Northern"). */
    private boolean isCompassPoint(String key) {
        return lexicon.is(WordClass.COMPASS_WORD, key) && !key.endsWith("ern");
    }

    /** The words of the known name at {@code i} up to its last capitalised one: "Tanjara" of "Tanjara news agency". */
    private int capitalisedKnownLength(int i, int to) {
        int length = knownLength(i, to);
        while (length > 1 && words[i + length - 1].isLetters() && !words[i + length - 1].isCapitalized()) {
            length--;
        }
        return length;
    }

    private boolean isKnownWithCompoundHead(int i, int j) {
        String compound = words[j].key();
        return lexicon.name(key(i, j) + " " + compound.substring(0, compound.indexOf('-'))) != null;
    }

    /** "Serb-held", "German-born", "U.S.-led": an adjective built on a name, not part of one. */
    private boolean endsInLowerCaseCompound(int k) {
        String text = words[k].text();
        int hyphen = text.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < text.length() && Character.isLowerCase(text.charAt(hyphen + 1))
                && !isHyphenatedGivenName(k, hyphen);
    }

    /** "Pak Sun-ho", "Yoon Mi-rae": a short family name, then a given name of two syllables joined by a hyphen. */
    private boolean isHyphenatedGivenName(int k, int hyphen) {
        String text = words[k].text();
        if (k == 0 || hyphen > 5 || text.length() - hyphen - 1 > 4 || text.endsWith("ed")
                || text.indexOf('-') != hyphen || words[k - 1].line() != words[k].line()) {
            return false;
        }
        Token family = words[k - 1];
        return family.isCapitalized() && family.isLetters() && !family.isAllCaps() && family.text().length() <= 4
                && family.text().indexOf('.') < 0;
    }

    private boolean startsRun(int k) {
        Token word = words[k];
        // "WARSAW - A Warsaw court ruled": a capitalised article after a dateline's dash opens the sentence, no name
        if ((word.is("a") || word.is("an")) && k > 0 && DASHES.contains(words[k - 1].text())
                && lexicon.nameLength(words, k, Math.min(words.length, k + 6)) == 0) {
            return false;
        }
        if (!word.isLetters() || endsInLowerCaseCompound(k) || word.key().startsWith("ex-")
                // "Q2", "H1", "F-16": quarters, halves and model numbers are no name words
                || (word.hasDigit() && lexicon.name(word.key()) == null)) {
            return false;
        }
        if (word.isCapitalized()) {
            return true;
        }
        int hyphen = word.text().indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.text().length()
                && Character.isUpperCase(word.text().charAt(hyphen + 1))
                && lexicon.is(WordClass.NAME_PARTICLE, word.key().substring(0, hyphen));
    }

    /** How many words at {@code j} join the run {@code [i, j)} to a following capitalised word, or 0. */
    private int connector(int i, int j, int to) {
        String key = words[j].key();
        boolean next = j + 1 < to && startsRun(j + 1);
        switch (key) {
            case "&":
                return next ? 1 : 0;
            case "of", "for":
                if (!knownAcross(i, j, to)
                        && (!hasHead(j - 1, j) || is(WordClass.LEGAL_SUFFIX, j - 1)
                                || isPersonEndingInPlaceWord(i, j))) {
                    return 0;
                }
                if (next) {
                    return 1;
                }
                return j + 2 < to && words[j + 1].is("the") && startsRun(j + 2) ? 2 : 0;
            case "and":
                if (next && (hasKey(i, j, "of") || hasKey(i, j, "for")) && hasHead(i, j)) {
                    return 1;
                }
                return next && joinsOrganisationAfterAnd(i, j, to) ? 1 : 0;
            default:
                if (lexicon.is(WordClass.NAME_PARTICLE, key) && j - i <= 3 && !hasHead(i, j)) {
                    if (next) {
                        return 1;
                    }
                    return j + 2 < to && is(WordClass.NAME_PARTICLE, j + 1) && startsRun(j + 2) ? 2 : 0;
                }
                return 0;
        }
    }

    /** "Lee Park of Ridgeline Bank": a given name and a family name that is also a place word. */
    private boolean isPersonEndingInPlaceWord(int i, int j) {
        return j - i == 2 && is(WordClass.GIVEN_NAME, i)
                && is(WordClass.SURNAME_HEAD, j - 1);
    }

    /**
     * "Ardmore Port and Harbour Authority", "Grain and Oilseed Exchange": "and" inside an organisation's
     * name, when the capitalised words after it end in an organisation head and those before it name nothing alone.
     */
    private boolean joinsOrganisationAfterAnd(int i, int j, int to) {
        if (hasOrganisationHead(i, j) || knownLength(i, to) >= j - i || is(WordClass.GIVEN_NAME, i)
                || demonymLength(i, j) == j - i || (j - i == 1 && !lowerCaseWords.contains(words[i].key()))) {
            return false;
        }
        int end = j + 1;
        while (end < to && startsRun(end)) {
            end++;
        }
        return end - j > 2 && is(WordClass.ORGANISATION_HEAD, end - 1)
                && knownLength(j + 1, end) < end - j - 1;
    }

    /** A known name that starts inside {@code [i, j)} and goes on past {@code j} ("House of Lords"). */
    private boolean knownAcross(int i, int j, int to) {
        for (int k = i; k < j; k++) {
            if (k + knownLength(k, to) > j) {
                return true;
            }
        }
        return false;
    }

    private boolean hasHead(int from, int to) {
        for (int k = from; k < to; k++) {
            String key = words[k].key();
            if (lexicon.is(WordClass.ORGANISATION_HEAD, key) || lexicon.is(WordClass.LOCATION_HEAD, key)
                    || lexicon.isTitle(key)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasNameHead(int from, int to) {
        for (int k = from; k < to; k++) {
            String key = words[k].key();
            if (lexicon.is(WordClass.ORGANISATION_HEAD, key) || lexicon.is(WordClass.LOCATION_HEAD, key)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOrganisationHead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (is(WordClass.ORGANISATION_HEAD, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasKey(int from, int to, String key) {
        for (int k = from; k < to; k++) {
            if (words[k].is(key)) {
                return true;
            }
        }
        return false;
    }

    /** Splits a capitalised run into titles, demonyms, known names and one remaining name, and types them. */
    private void segment(int a, int b, int lineEnd) {
        int p = a;
        boolean personCue = isPersonCue(a - 1);
        if (isQuotedTitle(a, b, lineEnd) || endsInEvent(a, b)) {
            return;
        }
        while (p < b && words[p].sentenceStart() && looksCommon(p) && knownLength(p, b) == 0
                && titleLength(p, b) == 0 && !(p + 1 < b && (isGivenNameInAdverbShape(p)
                        || isCompassPoint(words[p].key())))) {
            p++;
        }
        if (p + 1 < b && words[p].sentenceStart() && opensWithAdjective(p, b)) {
            p++;
        }
        if (p + 1 < b && words[p].sentenceStart() && is(WordClass.OCCUPATION, p)
                && titleLength(p, b) == 0 && !is(WordClass.GIVEN_NAME, p)) {
            // "Analyst Tom Becker said": what a person does, capitalised only because it opens the sentence.
            p++;
            personCue = true;
        }
        while (p < b) {
            if (!startsRun(p)) {
                p++;
                personCue = false;
                continue;
            }
            int title = titleLength(p, b);
            int demonym = demonymLength(p, b);
            int known = knownLength(p, b);
            if (title > 0 && title >= demonym && title >= known) {
                if (p == a && title == b - a) {
                    add(p, b, null, 0, null);
                    return;
                }
                if (p == a && startsRun(p + title) && hasNameHead(p + title, b)
                        && !is(WordClass.GIVEN_NAME, p + title)) {
                    // "Metropolitan Detention Center", "General Fabrics Corp": the title word opens a name.
                    break;
                }
                p += title;
                personCue = true;
                continue;
            }
            if ((demonym > 0 || known > 0) && startsPersonName(p, b, Math.max(demonym, known))) {
                break;
            }
            if (demonym > known) {
                if (p + demonym < b && keepsDemonym(p + demonym, b)) {
                    break;
                }
                p += demonym;
                continue;
            }
            if (known == 0) {
                break;
            }
            EntityLexicon.Entry entry = lexicon.name(key(p, p + known));
            int q = p + known;
            if (q < b && entry.type() == EntityType.LOCATION
                    && (!startsSeparateName(q, b) || (hasOrganisationHead(q, b)
                            && (knownLength(q, b) < b - q || demonymLength(q, b) > 0)))) {
                break;
            }
            if (entry.type() != null) {
                add(p, q, entry.type(), NameSpan.KNOWN, entry.canonical());
            }
            personCue = false;
            p = q;
        }
        if (p < b) {
            classifyAroundTitle(p, b, lineEnd, personCue);
        }
    }

    /**
     * "Dockworkers Union President Ray Osei": a title inside a run ends the name before it, which belongs to the
     * organisation or place the person serves, and starts the person's own name, which never carries the title.
     */
    private void classifyAroundTitle(int p, int b, int lineEnd, boolean personCue) {
        for (int t = p + 1; t < b; t++) {
            int title = titleLength(t, b);
            if (title == 0 || t + title >= b || !startsRun(t + title) || !looksLikeOwnName(t + title, b)) {
                continue;
            }
            if (t - p > 1 || hasHead(p, t) || !(looksCommon(p) || looksLikeAdjective(p))) {
                int before = spans.size();
                classify(p, t, t, false);
                for (int k = before; k < spans.size(); k++) {
                    NameSpan span = spans.get(k);
                    if (span.type == null || span.type == EntityType.PERSON) {
                        span.type = EntityType.ORGANIZATION;
                        span.strength = NameSpan.GUESSED;
                    }
                }
            }
            classify(t + title, b, lineEnd, true);
            return;
        }
        classify(p, b, lineEnd, personCue);
    }

    /** "Moldovan", "Republican", "Co-Chairmen": a lone word before a title that qualifies it rather than names. */
    private boolean looksLikeAdjective(int k) {
        String key = words[k].key();
        if (key.endsWith("an") || key.endsWith("ese") || key.endsWith("ish") || key.endsWith("ic")) {
            return true;
        }
        for (String part : key.split("-")) {
            String singular = part.endsWith("s") ? part.substring(0, part.length() - 1) : part;
            if (lexicon.is(WordClass.TITLE_WORD, singular) || lexicon.is(WordClass.OCCUPATION, singular)) {
                return true;
            }
        }
        return false;
    }

    /** The words after an inner title read as a person's name: no organisation or place head, not a known name. */
    private boolean looksLikeOwnName(int from, int to) {
        if (knownLength(from, to) > 0 || hasHead(from, to)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!startsRun(k) || is(WordClass.EVENT_HEAD, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Christian Oduya", "Jan Horak": a given name that is also a nationality or a month, followed by one more
     * unknown capitalised word, opens a person's name.
     */
    private boolean startsPersonName(int p, int b, int matched) {
        if (matched != 1 || p + 2 != b || !is(WordClass.GIVEN_NAME, p)) {
            return false;
        }
        EntityLexicon.Entry entry = lexicon.name(words[p].key());
        if (entry != null && entry.type() != null) {
            return false;
        }
        int next = p + 1;
        return knownLength(next, b) == 0 && demonymLength(next, b) == 0 && !hasNameHead(next, b)
                && !is(WordClass.COMMON_WORD, next) && !isPluralDemonym(next);
    }

    private boolean startsSeparateName(int q, int b) {
        return titleLength(q, b) > 0 || demonymLength(q, b) > 0 || knownLength(q, b) > 0
                || (q + 1 < b && (is(WordClass.GIVEN_NAME, q) || isInitial(q)));
    }

    private void classify(int p, int b, int lineEnd, boolean personCue) {
        int length = b - p;
        String lastKey = words[b - 1].key();
        if (lexicon.is(WordClass.EVENT_HEAD, lastKey)) {
            return;
        }
        if (length == 1 && words[p].isAllCaps() && classifyCode(p, lineEnd)) {
            return;
        }
        if (isLetterColumn(p, b)) {
            return;
        }
        if (isPlayerInScoreNotation(p, b, lineEnd)) {
            add(p, b, EntityType.PERSON, NameSpan.CUED, null);
            return;
        }
        if (lastKey.equals("local") && b < lineEnd && words[b].isNumber() && !words[b].text().contains(",")) {
            // "Teamsters Local 70", "members of Local 1199": a union's local branch goes by its number
            add(p, b + 1, EntityType.ORGANIZATION, NameSpan.CUED, null);
            return;
        }
        if (length > 1 || personCue) {
            for (int k = p; k < b; k++) {
                if (is(WordClass.ORGANISATION_HEAD, k)) {
                    add(p, b, EntityType.ORGANIZATION, NameSpan.CUED, null);
                    return;
                }
            }
        }
        boolean givenName = is(WordClass.GIVEN_NAME, p);
        if (length > 2 && words[p + 1].is("of") && is(WordClass.LOCATION_HEAD, p) && !givenName) {
            // "the Port of Oakland", "the Gulf of Aden", "the Isle of Wight": a kind of place, then whose it is
            add(p, b, EntityType.LOCATION, NameSpan.CUED, null);
            return;
        }
        if (length > 1 && lexicon.is(WordClass.LOCATION_HEAD, lastKey)
                && !(length == 2 && givenName && lexicon.is(WordClass.SURNAME_HEAD, lastKey))) {
            add(p, b, EntityType.LOCATION, NameSpan.CUED, null);
            return;
        }
        if (!personCue && isOrganisationDescriptor(p - 1)) {
            add(p, b, EntityType.ORGANIZATION, NameSpan.CUED, null);
            return;
        }
        if (!personCue && (isPlaceOf(p) || isNamedPlaceKind(p, b, lineEnd) || (length == 1 && followsPersonOf(p)))) {
            add(p, b, EntityType.LOCATION, NameSpan.CUED, null);
            return;
        }
        boolean openerOnly = length == 1 && words[p].sentenceStart() && !capitalisedInside.contains(lastKey);
        if (!personCue && !givenName && !lexicon.is(WordClass.SURNAME, lastKey)
                && ((!openerOnly && companyContext(p, b, lineEnd))
                        || (length == 1 && (followedByCompanyCue(b, lineEnd) || saidInAStatement(b, lineEnd))))) {
            add(p, b, EntityType.ORGANIZATION, NameSpan.CUED, null);
            return;
        }
        if (personCue || (length > 1 && (givenName || isInitial(p)
                || lexicon.is(WordClass.SURNAME, lastKey)))) {
            add(p, b, EntityType.PERSON, NameSpan.CUED, null);
            return;
        }
        if (length == 2 && lexicon.name(words[p + 1].key()) != null
                && lexicon.name(words[p + 1].key()).type() == EntityType.LOCATION) {
            boolean direction = is(WordClass.COMPASS_WORD, p);
            String place = words[p + 1].key();
            if (direction || !lexicon.name(place).country()
                    || !(lexicon.is(WordClass.SURNAME, place) || lexicon.is(WordClass.GIVEN_NAME, place))) {
                add(p, b, direction ? EntityType.LOCATION : EntityType.ORGANIZATION, NameSpan.GUESSED, null);
                return;
            }
        }
        if (knownLength(p, b) > 0 || endsWithKnownOrganisation(p, b)) {
            add(p, b, EntityType.ORGANIZATION, NameSpan.GUESSED, null);
            return;
        }
        if (sportsPage && length == 1 && (isTeamNickname(p) || followedByCountryInBrackets(b, lineEnd))) {
            add(p, b, EntityType.ORGANIZATION, NameSpan.CUED, null);
            return;
        }
        if (followedByPersonCue(b, lineEnd)) {
            add(p, b, EntityType.PERSON, NameSpan.CUED, null);
            return;
        }
        if (b < lineEnd && is(WordClass.PERSON_VERB, b)) {
            add(p, b, EntityType.PERSON, length > 1 ? NameSpan.CUED : NameSpan.GUESSED, null);
            return;
        }
        if (length == 1 && isCompassPoint(lastKey) && p > 0 && words[p - 1].is("the")
                && !words[p].sentenceStart() && (b == lineEnd || !startsRun(b))) {
            // "refugees returned to the North": a compass point standing alone for a region or a country.
            add(p, b, EntityType.LOCATION, NameSpan.GUESSED, null);
            return;
        }
        if (length == 1 && (words[p].text().length() == 1 || lexicon.is(WordClass.COMMON_WORD, lastKey))) {
            return;
        }
        if (length == 1 && p > 0 && words[p - 1].is("the") && !words[p].sentenceStart()
                && lexicon.is(WordClass.ORGANISATION_HEAD, lastKey)) {
            add(p, b, EntityType.ORGANIZATION, NameSpan.GUESSED, null);
            return;
        }
        if (followedByCompanyCue(b, lineEnd)) {
            add(p, b, EntityType.ORGANIZATION, NameSpan.CUED, null);
            return;
        }
        if (length == 1 && words[p].sentenceStart() && !capitalisedInside.contains(words[p].key())) {
            add(p, b, null, 0, null);
            return;
        }
        if (p > 0 && PLACE_PREPOSITIONS.contains(words[p - 1].key()) && words[p - 1].line() == words[p].line()) {
            add(p, b, EntityType.LOCATION, NameSpan.GUESSED, null);
            return;
        }
        if (length > 1) {
            add(p, b, EntityType.PERSON, NameSpan.GUESSED, null);
        } else if (lexicon.is(WordClass.SURNAME, lastKey) || givenName) {
            add(p, b, EntityType.PERSON, NameSpan.GUESSED, null);
        } else if (words[p].isAllCaps() && words[p].text().length() <= 4 || lastKey.endsWith("bank")) {
            add(p, b, EntityType.ORGANIZATION, NameSpan.GUESSED, null);
        } else {
            add(p, b, null, 0, null);
        }
    }

    /**
     * A code in capitals: a currency ("JPY") or an exchange ticker ("VOD.L") is no entity; in brackets after a name
     * it is that name's acronym when it ends with its initials ("Harbour Pilots Association ( HPA )"), and after a
     * common word ("rolled steel ( HRC )") a code. Returns whether the code was settled.
     */
    private boolean classifyCode(int p, int lineEnd) {
        String key = words[p].key();
        if (lexicon.is(WordClass.CURRENCY_CODE, key) || isTicker(words[p].text())) {
            return true;
        }
        boolean bracketed = p >= 1 && words[p - 1].is("(") && p + 1 < lineEnd && words[p + 1].is(")")
                && words[p - 1].line() == words[p].line();
        if (!bracketed || p < 2 || key.length() < 2 || lexicon.name(key) != null) {
            return false;
        }
        NameSpan named = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (named != null && named.to == p - 1 && named.type != null) {
            String initials = initials(named);
            if (initials.length() > 1 && (key.endsWith(initials) || abbreviates(key, initials))) {
                add(p, p + 1, named.type == EntityType.PERSON ? EntityType.ORGANIZATION : named.type,
                        NameSpan.KNOWN, null);
                return true;
            }
            return false;
        }
        Token before = words[p - 2];
        return before.isLetters() && Character.isLowerCase(before.text().charAt(0));
    }

    /**
     * Sports notation names players: a cricket dismissal ("Okoro c Vandermeer b Kasprzak", "lbw b Ruwanpura"), the
     * minute of a goal or a substitution ("Hallin 87th", "Okafor ( 41st min )") and bowling figures ("Kasprzak 10-2-31-3").
     */
    private boolean isPlayerInScoreNotation(int p, int b, int lineEnd) {
        if (p > 0 && words[p - 1].line() == words[p].line() && isDismissalMark(words[p - 1])) {
            return true;
        }
        if (b < lineEnd && isDismissalMark(words[b]) && b + 1 < lineEnd
                && (startsRun(b + 1) || isDismissalMark(words[b + 1]))) {
            return true;
        }
        int k = b < lineEnd && words[b].is("(") ? b + 1 : b;
        if (k < lineEnd && isOrdinal(words[k].text())) {
            return true;
        }
        return b < lineEnd && words[b].isNumber() && countDashes(words[b].text()) == 3;
    }

    private static boolean isDismissalMark(Token word) {
        String text = word.text();
        return text.equals("c") || text.equals("b") || text.equals("lbw") || text.equals("st");
    }

    /** "46th", "1st": a number with its ordinal ending. */
    private static boolean isOrdinal(String text) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        String ending = text.substring(digits);
        return digits > 0 && (ending.equals("st") || ending.equals("nd") || ending.equals("rd") || ending.equals("th"));
    }

    private static int countDashes(String text) {
        int dashes = 0;
        for (int i = 0; i < text.length(); i++) {
            dashes += text.charAt(i) == '-' ? 1 : 0;
        }
        return dashes;
    }

    /** "I", "W D L": single capital letters without periods are pronouns and table headings, not names. */
    private boolean isLetterColumn(int p, int b) {
        for (int k = p; k < b; k++) {
            if (words[k].text().length() != 1) {
                return false;
            }
        }
        return true;
    }

    /** "NGOX" of "Nordic Grain and Oilseed Exchange": the initials in order, first first. */
    private static boolean abbreviates(String acronym, String initials) {
        if (acronym.charAt(0) != initials.charAt(0)) {
            return false;
        }
        int next = 0;
        for (int i = 0; i < acronym.length(); i++) {
            next = initials.indexOf(acronym.charAt(i), next) + 1;
            if (next == 0) {
                return false;
            }
        }
        return true;
    }

    /** "VOD.L", "7203.T": a symbol with the suffix of its stock exchange. */
    private static boolean isTicker(String text) {
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot < text.length() - 3 || dot == text.length() - 1) {
            return false;
        }
        for (int i = dot + 1; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return text.indexOf('.') == dot;
    }

    private String initials(NameSpan span) {
        StringBuilder initials = new StringBuilder();
        for (int k = span.from; k < span.to; k++) {
            if (words[k].isCapitalized() && !words[k].is("of") && !words[k].is("and")) {
                initials.append(words[k].key().charAt(0));
            }
        }
        return initials.toString();
    }

    private boolean endsWithKnownOrganisation(int p, int b) {
        for (int k = p + 1; k < b; k++) {
            EntityLexicon.Entry entry = lexicon.name(key(k, b));
            if (entry != null && entry.type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * What news says only of companies: "Kestrel chairman Ed Moss", "Drammel 's half-year output", "shares of
     * Kestrel", "the Boston-based start-up Quillfin", "Harlan Steel said in a statement".
     */
    private boolean companyContext(int p, int b, int lineEnd) {
        int k = b;
        if (k < lineEnd && words[k].is("'s")) {
            k++;
            for (int m = k; m < Math.min(lineEnd, k + 3) && !words[m].isPunctuation(); m++) {
                if (is(WordClass.COMPANY_NOUN, m) && !words[m].isCapitalized()) {
                    return true;
                }
            }
        } else {
            while (k < lineEnd && is(WordClass.ROLE_MODIFIER, k) && !words[k].isCapitalized()) {
                k++;
            }
            if (k < lineEnd && is(WordClass.COMPANY_NOUN, k) && !words[k].isCapitalized()) {
                return true;
            }
            if (b < lineEnd && !words[b].isCapitalized()
                    && is(WordClass.ORGANISATION_DESCRIPTOR, b)) {
                // "the Morvenpost newspaper", "the Kestrel group": the descriptor after the name says what it is.
                return true;
            }
        }
        if (saidInAStatement(b, lineEnd)) {
            return true;
        }
        if (p >= 2 && words[p - 1].is("of") && OWNED_BY_A_COMPANY.contains(words[p - 2].key())) {
            // "shares of Norvale", "executives of MedSupply Polska", "a subsidiary of Kestrel Holdings"
            return true;
        }
        return p >= 1 && words[p - 1].key().endsWith("-based") && words[p - 1].line() == words[p].line();
    }

    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    /** Nouns whose "of" names a company: what it issues, who runs or works for it, what it owns. */
    private static final Set<String> OWNED_BY_A_COMPANY = Set.of("shares", "stock", "executives", "employees",
            "shareholders", "subsidiary", "unit", "division");

    private boolean saidInAStatement(int b, int lineEnd) {
        return b + 3 < lineEnd && words[b].is("said") && words[b + 1].is("in") && words[b + 2].is("a")
                && words[b + 3].is("statement");
    }

    /** "X said it", "X shares", "X , based in" mark a company. */
    private boolean followedByCompanyCue(int b, int lineEnd) {
        if (b + 1 < lineEnd && (words[b].is("said") || words[b].is("says"))
                && (words[b + 1].is("it") || words[b + 1].is("its"))) {
            return true;
        }
        if (b < lineEnd && (words[b].is("shares") || words[b].is("stock"))) {
            return true;
        }
        return b + 2 < lineEnd && words[b].is(",") && words[b + 1].is("based") && words[b + 2].is("in");
    }

    /**
     * On a sports page "the Hornets", "the Gulls": a capitalised plural after "the" is a team's nickname (a player
     * is named by a surname, a people by a nationality), and a single name with its country in brackets is a club.
     */
    private boolean isTeamNickname(int p) {
        String key = words[p].key();
        return p > 0 && words[p - 1].is("the") && key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")
                && !words[p].isAllCaps() && !isPluralDemonym(p) && !lowerCaseWords.contains(key)
                && !lexicon.is(WordClass.COMMON_WORD, key);
    }

    /** ", a spokesman", ", who", "( Australia )" after a name mark a person. */
    private boolean followedByPersonCue(int b, int lineEnd) {
        int k = b;
        if (k < lineEnd && words[k].is(",")) {
            k++;
            if (k < lineEnd && (words[k].is("who") || words[k].is("whose"))) {
                return true;
            }
        }
        if (k < lineEnd && ARTICLES.contains(words[k].key())) {
            for (int m = k + 1; m < Math.min(lineEnd, k + 5); m++) {
                if (is(WordClass.OCCUPATION, m)) {
                    return true;
                }
                if (words[m].isPunctuation()) {
                    break;
                }
            }
        }
        return followedByCountryInBrackets(b, lineEnd);
    }

    private boolean followedByCountryInBrackets(int b, int lineEnd) {
        if (b + 2 < lineEnd && words[b].is("(") && words[b + 2].is(")")) {
            EntityLexicon.Entry entry = lexicon.name(words[b + 1].key());
            return entry != null && entry.country();
        }
        return false;
    }

    private boolean isOrganisationDescriptor(int k) {
        return k >= 0 && words[k].line() == words[k + 1].line() && !words[k].isCapitalized()
                && is(WordClass.ORGANISATION_DESCRIPTOR, k);
    }

    /** "the village of Kravosh", "north of Dorvik". */
    private boolean isPlaceOf(int p) {
        return p >= 2 && words[p - 1].is("of") && words[p - 2].line() == words[p].line()
                && !words[p - 2].isCapitalized() && is(WordClass.PLACE_NOUN, p - 2);
    }

    /** "the Lower Mill district", "the Old Town neighbourhood": the noun after the name says it is a place. */
    private boolean isNamedPlaceKind(int p, int b, int lineEnd) {
        return p >= 1 && b < lineEnd && words[p - 1].is("the") && words[b].line() == words[b - 1].line()
                && !words[b].isCapitalized() && is(WordClass.PLACE_KIND, b);
    }

    /** "Mayor Lena Ortiz of Riverton": a single name after a person and "of" is where the person comes from. */
    private boolean followsPersonOf(int p) {
        if (p < 2 || !words[p - 1].is("of") || spans.isEmpty()) {
            return false;
        }
        NameSpan last = spans.get(spans.size() - 1);
        return last.to == p - 1 && last.type == EntityType.PERSON && last.length() > 1;
    }

    private boolean isPersonCue(int k) {
        if (k < 0 || words[k].line() != words[k + 1].line()) {
            return false;
        }
        String key = words[k].key();
        return lexicon.is(WordClass.OCCUPATION, key) || (lexicon.isTitle(key) && !words[k].isCapitalized())
                || key.startsWith("ex-");
    }

    private boolean isInitial(int k) {
        String text = words[k].text();
        return text.length() == 2 && text.charAt(1) == '.' && Character.isUpperCase(text.charAt(0));
    }

    /** "Vitaly Marchenko", "Emily Sorensen": a word ending in "ly" that a name follows is a given name, not an adverb. */
    private boolean isGivenNameInAdverbShape(int k) {
        String key = words[k].key();
        return key.endsWith("ly") && !lexicon.is(WordClass.COMMON_WORD, key) && !lowerCaseWords.contains(key);
    }

    /**
     * "Outspoken Canadian Lorna Vance", "Unbeaten Tomas Riedl": an unknown word opening the sentence
     * before a nationality or a given name qualifies what follows; it is no part of a name.
     */
    private boolean opensWithAdjective(int p, int b) {
        String key = words[p].key();
        if (knownLength(p, b) > 0 || titleLength(p, b) > 0 || lexicon.is(WordClass.GIVEN_NAME, key)
                || capitalisedInside.contains(key) || lexicon.is(WordClass.ORGANISATION_HEAD, key)) {
            return false;
        }
        String next = words[p + 1].key();
        return demonymLength(p + 1, b) > 0 && lexicon.demonymCountry(key) == null
                || (lexicon.is(WordClass.GIVEN_NAME, next) && p + 2 < b && !hasNameHead(p, b));
    }

    /** '" Winter Orchard "': a run of capitalised words that fills a pair of quotation marks names a work. */
    private boolean isQuotedTitle(int a, int b, int lineEnd) {
        return b - a > 1 && a > 0 && b < lineEnd && isQuotationMark(words[a - 1]) && isQuotationMark(words[b])
                && knownLength(a, b) < b - a;
    }

    private static boolean isQuotationMark(Token word) {
        String text = word.text();
        return text.equals("\"") || text.equals("\u201C") || text.equals("\u201D");
    }

    /** "Greater Ardmore Open", "Lisbon Grand Prix": a run ending in an event's head word is the event's name. */
    private boolean endsInEvent(int a, int b) {
        return b - a > 1 && is(WordClass.EVENT_HEAD, b - 1) && knownLength(a, b) < b - a
                && !is(WordClass.GIVEN_NAME, b - 1);
    }

    /** A sentence-initial word that is an ordinary English word, not a name. */
    private boolean looksCommon(int k) {
        String key = words[k].key();
        return lexicon.is(WordClass.COMMON_WORD, key) || lowerCaseWords.contains(key)
                || (key.endsWith("ly") && !capitalisedInside.contains(key));
    }

    private boolean keepsDemonym(int from, int to) {
        for (int k = from; k < to; k++) {
            if (is(WordClass.DEMONYM_KEEPING_HEAD, k)) {
                return true;
            }
        }
        return false;
    }

    private int titleLength(int p, int b) {
        return lexicon.titleLength(words, p, b);
    }

    private int demonymLength(int p, int b) {
        int length = lexicon.demonymLength(words, p, b);
        if (length == 0 && isPluralDemonym(p)) {
            return 1;
        }
        return length;
    }

    /** "Serbs", "Palestinians", "Sri Lankans" name peoples, not places. */
    private boolean isPluralDemonym(int k) {
        String key = words[k].key();
        return key.length() > 3 && key.endsWith("s") && lexicon.demonymCountry(key.substring(0, key.length() - 1)) != null;
    }

    private int knownLength(int p, int b) {
        return lexicon.nameLength(words, p, b);
    }

    private String key(int from, int to) {
        if (to - from == 1) {
            return words[from].key();
        }
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(words[k].key());
        }
        return key.toString();
    }

    private void add(int from, int to, EntityType type, int strength, String canonical) {
        spans.add(new NameSpan(from, to, key(from, to), type, strength, canonical));
    }

    private List<List<NameSpan>> spansByLine() {
        List<List<NameSpan>> byLine = new ArrayList<>(uncasedLine.length);
        for (int line = 0; line < uncasedLine.length; line++) {
            byLine.add(new ArrayList<>(2));
        }
        for (NameSpan span : spans) {
            byLine.get(words[span.from].line()).add(span);
        }
        for (List<NameSpan> line : byLine) {
            line.sort(Comparator.comparingInt(span -> span.from));
        }
        return byLine;
    }

    private void markResults(SportsTeams teams, List<NameSpan> line, int lineStart, int lineEnd) {
        if (!teams.isResultsLine(line, lineStart, lineEnd)) {
            return;
        }
        for (NameSpan span : line) {
            if (teams.bowlingFiguresFollow(span, lineEnd) || isPlayerInScoreNotation(span.from, span.to, lineEnd)) {
                span.type = EntityType.PERSON;
                span.strength = Math.max(span.strength, NameSpan.CUED);
                continue;
            }
            boolean person = span.type == EntityType.PERSON && span.strength >= NameSpan.CUED;
            if (!person && !isRememberedPerson(span) && !teams.isCountry(span) && teams.scoresFollow(span, lineEnd)) {
                makeTeam(span);
            }
        }
    }

    private void markTeamMentions(SportsTeams teams) {
        for (NameSpan span : spans) {
            if (isRememberedPerson(span)) {
                continue;
            }
            if (teams.isTeamMention(span)) {
                makeTeam(span);
            } else if (teams.isPlaceMention(span)) {
                span.strength = NameSpan.DECISIVE;
            }
        }
    }

    private boolean isRememberedPerson(NameSpan span) {
        NameSpan known = memory.get(span.key);
        return known != null && known.type == EntityType.PERSON && known.strength >= NameSpan.CUED;
    }

    private void makeTeam(NameSpan span) {
        span.type = EntityType.ORGANIZATION;
        span.strength = NameSpan.DECISIVE;
        span.canonical = null;
        remember(span.key, span);
    }

    /** Keeps, for each name and each surname of a person, the most certain type the cased text gave it. */
    private void remember() {
        for (NameSpan span : spans) {
            if (span.type == null) {
                continue;
            }
            remember(span.key, span);
            if (span.type == EntityType.ORGANIZATION && span.length() > 1 && isShortName(span)) {
                // "Brennick Bancorp Inc." is then "Brennick", "Vortex Madrid" on a sports page "Vortex".
                remember(words[span.from].key(), new NameSpan(span.from, span.from + 1, words[span.from].key(),
                        EntityType.ORGANIZATION, NameSpan.KNOWN, null));
            }
            int shortEnd = span.to;
            while (span.type == EntityType.ORGANIZATION && shortEnd - span.from > 1
                    && is(WordClass.LEGAL_SUFFIX, shortEnd - 1)) {
                shortEnd--;
                NameSpan shortName = new NameSpan(span.from, shortEnd, key(span.from, shortEnd),
                        EntityType.ORGANIZATION, NameSpan.KNOWN, null);
                remember(shortName.key, shortName);
            }
            if (span.type == EntityType.PERSON && span.length() > 1 && !isInitial(span.to - 1)) {
                int strength = span.strength >= NameSpan.CUED ? NameSpan.DECISIVE : span.strength;
                NameSpan surname = new NameSpan(span.to - 1, span.to, words[span.to - 1].key(), EntityType.PERSON,
                        strength, null);
                remember(surname.key, surname);
                if (span.length() == 2 && is(WordClass.SURNAME, span.from)) {
                    remember(words[span.from].key(), new NameSpan(span.from, span.from + 1, words[span.from].key(),
                            EntityType.PERSON, strength, null));
                }
            }
        }
    }

    /** The first word of a company's name before its legal form, or of a club's before its town, names it alone. */
    private boolean isShortName(NameSpan span) {
        Token first = words[span.from];
        String key = first.key();
        if (!first.isCapitalized() || first.isAllCaps() || lexicon.is(WordClass.COMMON_WORD, key)
                || lexicon.name(key) != null || lexicon.is(WordClass.GIVEN_NAME, key) || lowerCaseWords.contains(key)
                || lexicon.is(WordClass.ORGANISATION_HEAD, key) || lexicon.demonymCountry(key) != null) {
            return false;
        }
        Token last = words[span.to - 1];
        if (lexicon.is(WordClass.LEGAL_SUFFIX, last.key())) {
            return true;
        }
        EntityLexicon.Entry place = lexicon.name(words[span.from + 1].key());
        return sportsPage && span.length() == 2 && place != null && place.type() == EntityType.LOCATION;
    }

    private void remember(String key, NameSpan span) {
        NameSpan known = memory.get(key);
        if (known == null || known.strength < span.strength) {
            memory.put(key, span);
            longestRemembered = Math.max(longestRemembered, span.length());
        }
    }

    private void resolveUntyped() {
        for (NameSpan span : spans) {
            if (span.type != null) {
                continue;
            }
            NameSpan known = memory.get(span.key);
            if (known != null && known.type != null) {
                span.type = known.type;
                span.strength = NameSpan.GUESSED;
            }
        }
    }

    private void readUncasedLine(int lineStart, int to) {
        int from = bodyStart[words[lineStart].line()];
        if (isDateline(from, to)) {
            EntityLexicon.Entry entry = lexicon.name(key(from, to - 1));
            add(from, to - 1, EntityType.LOCATION, NameSpan.DECISIVE, entry == null ? null : entry.canonical());
            return;
        }
        int k = from;
        while (k < to) {
            if (!words[k].isLetters()) {
                k++;
                continue;
            }
            int shortest = is(WordClass.COMMON_WORD, k) ? 2 : 1;
            int matched = 0;
            NameSpan known = null;
            EntityLexicon.Entry entry = null;
            for (int length = Math.min(longestRemembered, to - k); length >= shortest; length--) {
                known = memory.get(key(k, k + length));
                if (known != null) {
                    matched = length;
                    break;
                }
            }
            int lexiconMatch = knownLength(k, to);
            if (lexiconMatch > matched && lexiconMatch >= shortest) {
                known = null;
                entry = lexicon.name(key(k, k + lexiconMatch));
                matched = lexiconMatch;
            }
            if (matched == 0) {
                k++;
                continue;
            }
            if (known != null) {
                add(k, k + matched, known.type, NameSpan.CUED, known.canonical);
            } else if (entry.type() != null) {
                add(k, k + matched, entry.type(), NameSpan.CUED, entry.canonical());
            }
            k += matched;
        }
    }

    /** "DORVIK 2024-03-11": a capitals line of a few words and a date is a dateline, known place or not. */
    private boolean isDateline(int from, int to) {
        if (to - from < 2 || to - from > 5 || !words[to - 1].isNumber() || words[to - 1].text().indexOf('-') < 0) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (!words[k].isLetters() || is(WordClass.COMMON_WORD, k)) {
                return false;
            }
        }
        EntityLexicon.Entry entry = lexicon.name(key(from, to - 1));
        return entry == null || entry.type() == EntityType.LOCATION;
    }

    /**
     * "PORT ELLIS, Maine (Wire) -", "BRAMLEY FORD , Vermont 2024-03-11": a line that opens with a place in capitals, perhaps
     * its region, then a date, a dash or an agency in brackets before a dash, names where the story was filed.
     */
    private void readDateline(int from, int to) {
        bodyStart[words[from].line()] = from;
        int k = from;
        while (k < to && k - from < 4 && isCapitalsWord(k)) {
            k++;
        }
        if (k == from) {
            return;
        }
        int placeEnd = k;
        int regionStart = -1;
        int regionEnd = -1;
        if (k + 1 < to && words[k].is(",") && startsRun(k + 1)) {
            regionStart = k + 1;
            regionEnd = regionStart;
            while (regionEnd < to && regionEnd - regionStart < 3 && startsRun(regionEnd)
                    && !is(WordClass.COMMON_WORD, regionEnd)) {
                regionEnd++;
            }
            k = regionEnd;
        }
        int end = datelineEnd(k, to);
        EntityLexicon.Entry known = lexicon.name(key(from, placeEnd));
        boolean dated = k < to && words[k].isNumber();
        if (end < 0 || (!dated && known != null && known.type() != EntityType.LOCATION)
                || (known == null && !dated && regionStart < 0 && !opensStory(from, end, to))) {
            return;
        }
        datelines.add(place(from, placeEnd));
        if (regionStart >= 0) {
            datelines.add(place(regionStart, regionEnd));
        }
        bodyStart[words[from].line()] = end;
    }

    private boolean isCapitalsWord(int k) {
        Token word = words[k];
        return word.isLetters() && word.isAllCaps() && (word.text().length() > 1 || words[k].text().endsWith("."))
                && (!lexicon.is(WordClass.COMMON_WORD, word.key()) || lexicon.is(WordClass.COMPASS_WORD, word.key()))
                && lexicon.demonymCountry(word.key()) == null;
    }

    /**
     * An unknown name in capitals before a dash is a place only where a story opens (one of the first lines, a
     * sentence after it) and no word of it is written in lower case elsewhere: "NOTE -" or "MARKETS -" label.
     */
    private boolean opensStory(int from, int bodyStart, int to) {
        if (words[from].line() > 2 || to - bodyStart < 8) {
            return false;
        }
        for (int k = from; k < bodyStart && !isDash(words[k]); k++) {
            String key = words[k].key();
            if (lowerCaseWords.contains(key) && !lexicon.is(WordClass.LOCATION_HEAD, key) && !lexicon.is(WordClass.COMPASS_WORD, key)) {
                return false;
            }
        }
        return true;
    }

    /** Where the story starts after a dateline's place: past its date, its dash or its bracketed agency; or -1. */
    private int datelineEnd(int k, int to) {
        if (k < to && words[k].isNumber() && (words[k].text().indexOf('-') > 0 || words[k].text().indexOf('/') > 0)) {
            return k + 1 == to ? to : -1;
        }
        if (uncasedLine[words[k < to ? k : to - 1].line()]) {
            return -1;
        }
        if (k < to && words[k].is("(")) {
            int close = k + 1;
            while (close < to && close - k <= 4 && !words[close].is(")")) {
                close++;
            }
            if (close >= to || !words[close].is(")")) {
                return -1;
            }
            k = close + 1;
        }
        int dashes = k;
        while (dashes < to && isDash(words[dashes])) {
            dashes++;
        }
        return dashes > k && dashes < to ? dashes : -1;
    }

    /** A dash, or a run of hyphens standing for one ("--"). */
    private static boolean isDash(Token word) {
        String text = word.text();
        if (text.length() == 1) {
            char c = text.charAt(0);
            return c == '-' || c == '\u2014' || c == '\u2013';
        }
        return text.chars().allMatch(c -> c == '-');
    }

    private NameSpan place(int from, int to) {
        EntityLexicon.Entry entry = lexicon.name(key(from, to));
        String canonical = entry != null && entry.type() == EntityType.LOCATION ? entry.canonical() : null;
        return new NameSpan(from, to, key(from, to), EntityType.LOCATION, NameSpan.DECISIVE, canonical);
    }

    /** Gives every weakly typed span the type its name received where the document was surest. */
    private void harmonise() {
        for (NameSpan span : spans) {
            NameSpan known = memory.get(span.key);
            if (known != null && known != span && known.type != null && known.strength > span.strength) {
                span.type = known.type;
                span.canonical = known.canonical;
            }
        }
    }
}
