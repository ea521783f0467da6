package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.sources.NewsOutletLexicon;
import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads who a speaker phrase names: "Russian President Vladimir Putin" is Vladimir Putin, "a spokesman for British
 * Prime Minister Keir Starmer" speaks for Keir Starmer, "he" points back, "the Washington Post" is an outlet and
 * "a senior administration official" stays a description.
 */
record SpeakerPhrase(String name, Kind kind) {

    enum Kind {
        PERSON_NAME, PRONOUN, OUTLET, DESCRIPTION,
        /** "the mayor": a person named earlier. */
        PERSON_DESCRIPTOR,
        /** "the company": an organisation named earlier. */
        BODY_DESCRIPTOR,
        /** "a White House statement": whoever issued the document. */
        ISSUER
    }

    private static final Set<String> TITLES = new HashSet<>(Lexicon.lines(SpeakerPhrase.class, "speaker-titles.txt"));
    private static final Set<String> HEAD_END = Lexicon.words(SpeakerPhrase.class, "head-end-words.txt");
    private static final Set<String> SPOKES = Lexicon.words(SpeakerPhrase.class, "spokes-nouns.txt");
    private static final Set<String> LEADING = Lexicon.words(SpeakerPhrase.class, "leading-words.txt");
    private static final Set<String> NOT_IN_A_SPEAKER = Lexicon.words(SpeakerPhrase.class, "not-in-a-speaker.txt");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> ROLE_NOUNS = Set.copyOf(Lexicon.lines(SpeakerPhrase.class, "role-nouns.txt"));
    private static final Set<String> BODY_NOUNS = Set.copyOf(Lexicon.lines(SpeakerPhrase.class, "body-nouns.txt"));
    private static final Set<String> DOCUMENT_NOUNS = Set.copyOf(Lexicon.lines(SpeakerPhrase.class, "document-nouns.txt"));
    private static final Set<String> ISSUED_BY = Set.of("from", "by", "of");
    private static final int DESCRIPTOR_WORDS = 3;
    private static final int NAME_WORDS_AFTER_A_ROLE = 2;
    private static final Set<String> REPORT_WORDS = Set.of("report", "reports", "reporting", "story", "article", "interview");

    static SpeakerPhrase read(TokenizedText doc, int start, int end) {
        String phrase = doc.text().substring(start, end).strip();
        List<Token> words = doc.between(start, end);
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1 && Attribution.PRONOUNS.contains(words.get(0).key())) {
            return new SpeakerPhrase(words.get(0).key(), Kind.PRONOUN);
        }
        String outlet = NewsOutletLexicon.instance().canonical(withoutReportWord(withoutDeterminer(phrase)));
        if (outlet != null) {
            return new SpeakerPhrase(outlet, Kind.OUTLET);
        }
        SpeakerPhrase document = document(words);
        if (document != null) {
            return document;
        }
        int segmentStart = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).text().equals(",")) {
                String name = nameIn(words.subList(segmentStart, i));
                if (name != null) {
                    return name.isEmpty() ? description(words.subList(segmentStart, i)) : new SpeakerPhrase(name, Kind.PERSON_NAME);
                }
                segmentStart = i + 1;
            }
        }
        int segment = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).text().equals(",")) {
                SpeakerPhrase description = description(words.subList(segment, i));
                if (description != null) {
                    return description;
                }
                segment = i + 1;
            }
        }
        return null;
    }

    static boolean isLeading(Token word) {
        return LEADING.contains(word.text());
    }

    /**
     * "a White House statement", "a statement from the city council", "the report": a document is its issuer's
     * words when the issuer is named, else its own; null when the phrase's head is no document.
     */
    private static SpeakerPhrase document(List<Token> words) {
        int headEnd = 0;
        while (headEnd < words.size() && !HEAD_END.contains(words.get(headEnd).text()) && !words.get(headEnd).text().equals(",")) {
            headEnd++;
        }
        int head = headEnd - 1;
        while (head >= 0 && !(DOCUMENT_NOUNS.contains(words.get(head).text()))) {
            head--;
        }
        if (head < 0) {
            return null;
        }
        int by = head + 1;
        if (by < words.size() && !words.get(by).isCapitalized() && words.get(by).text().endsWith("ed")) {
            by++;
        }
        if (by + 1 < words.size() && ISSUED_BY.contains(words.get(by).text())) {
            String issuer = nameIn(words.subList(by + 1, words.size()));
            if (issuer != null && !issuer.isEmpty()) {
                return new SpeakerPhrase(issuer, Kind.ISSUER);
            }
        }
        int issuerStart = head;
        while (issuerStart > 0 && (isNameWord(words.get(issuerStart - 1)) || issuerStart > 1 && words.get(issuerStart - 1).isPossessive())
                && !LEADING.contains(words.get(issuerStart - 1).text())) {
            issuerStart--;
        }
        if (issuerStart < head) {
            String issuer = join(words.subList(issuerStart, head));
            if (issuer.endsWith("'s") || issuer.endsWith("\u2019s")) {
                issuer = issuer.substring(0, issuer.length() - 2);
            }
            return new SpeakerPhrase(issuer, Kind.ISSUER);
        }
        return description(words.subList(0, head + 1));
    }

    /** "Administrator Jim Lowe" is Jim Lowe: leading offices go while at least {@code keep} words of the name stay. */
    static String withoutRole(String name, int keep) {
        int space = name.indexOf(' ');
        if (space < 0 || !isRole(name.substring(0, space))) {
            return name; // the common case, read without cutting the name into words
        }
        String[] words = name.split(" ");
        int start = 0;
        while (start < words.length - keep && isRole(words[start])) {
            start++;
        }
        return start == 0 ? name : String.join(" ", List.of(words).subList(start, words.length));
    }

    static boolean isOffice(String word) {
        return ROLE_NOUNS.contains(word.toLowerCase());
    }

    private static boolean isRole(String word) {
        return TITLES.contains(word) || !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && ROLE_NOUNS.contains(word.toLowerCase());
    }

    private static String join(List<Token> words) {
        StringBuilder text = new StringBuilder();
        for (Token word : words) {
            if (!text.isEmpty() && word.isWord()) {
                text.append(' ');
            }
            text.append(word.text());
        }
        return text.toString();
    }

    private static SpeakerPhrase description(List<Token> words) {
        boolean definite = !words.isEmpty() && words.get(0).is("the");
        if (!words.isEmpty() && DETERMINERS.contains(words.get(0).key())) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty() || LEADING.contains(words.get(0).text())
                || words.stream().anyMatch(w -> NOT_IN_A_SPEAKER.contains(w.key()) || w.text().indexOf('\u2019') > 0 && !w.text().endsWith("s"))) {
            return null;
        }
        String description = withoutDeterminer(join(words));
        if (description.isEmpty()) {
            return null;
        }
        return new SpeakerPhrase(description, definite ? descriptorKind(words) : Kind.DESCRIPTION);
    }

    /** "the mayor", "the former president", "the Swedish company": a definite description that points back. */
    private static Kind descriptorKind(List<Token> words) {
        if (words.size() > DESCRIPTOR_WORDS || words.stream().anyMatch(w -> !w.isWord() || w.text().indexOf('\'') >= 0
                || w.text().indexOf('\u2019') >= 0)) {
            return Kind.DESCRIPTION;
        }
        String head = words.get(words.size() - 1).text();
        return ROLE_NOUNS.contains(head) ? Kind.PERSON_DESCRIPTOR : BODY_NOUNS.contains(head) ? Kind.BODY_DESCRIPTOR : Kind.DESCRIPTION;
    }

    /** "a Tass report" cites Tass. */
    private static String withoutReportWord(String phrase) {
        int space = phrase.lastIndexOf(' ');
        return space > 0 && REPORT_WORDS.contains(phrase.substring(space + 1)) ? phrase.substring(0, space) : phrase;
    }

    private static String withoutDeterminer(String phrase) {
        for (String determiner : List.of("the ", "a ", "an ", "The ", "A ", "An ")) {
            if (phrase.startsWith(determiner)) {
                return phrase.substring(determiner.length()).strip();
            }
        }
        return phrase;
    }

    /**
     * The person or body named at the head of one comma-separated piece of the phrase; "" when the head is a
     * possessive description ("Trump's campaign"); null when it names nobody.
     */
    private static String nameIn(List<Token> words) {
        int headEnd = 0;
        while (headEnd < words.size() && !HEAD_END.contains(words.get(headEnd).text()) || ofBetweenNames(words, headEnd)) {
            headEnd++;
        }
        if (headEnd > 0 && headEnd + 1 < words.size() && SPOKES.contains(words.get(headEnd - 1).key())
                && (words.get(headEnd).is("for") || words.get(headEnd).is("of"))) {
            String represented = nameIn(words.subList(headEnd + 1, words.size()));
            if (represented != null && !represented.isEmpty()) {
                return represented;
            }
        }
        int seqEnd = -1;
        int seqStart = -1;
        for (int i = headEnd - 1; i >= 0; i--) {
            if (isNameWord(words.get(i)) && !LEADING.contains(words.get(i).text())) {
                seqEnd = i + 1;
                seqStart = i;
                while (seqStart - 1 >= 0 && (isNameWord(words.get(seqStart - 1)) || ofBetweenNames(words, seqStart - 1))
                        && !LEADING.contains(words.get(seqStart - 1).text())) {
                    seqStart--;
                }
                break;
            }
        }
        if (seqEnd < 0) {
            return null;
        }
        String last = words.get(seqEnd - 1).text();
        if (seqEnd + 1 < headEnd && words.get(seqEnd).isPossessive()) {
            return "";
        }
        if (seqEnd < headEnd && words.get(seqEnd).isWord() && !words.get(seqEnd).isCapitalized()
                && !DETERMINERS.contains(words.get(seqEnd).text())) {
            return "";
        }
        int nameStart = seqStart;
        for (int i = seqStart; i < seqEnd; i++) {
            if (TITLES.contains(words.get(i).text())) {
                nameStart = i + 1;
            }
        }
        while (nameStart < seqEnd - NAME_WORDS_AFTER_A_ROLE && isRole(words.get(nameStart).text())) {
            nameStart++;
        }
        if (nameStart == seqEnd) {
            return seqEnd < headEnd ? null : "";
        }
        StringBuilder name = new StringBuilder();
        for (int i = nameStart; i < seqEnd; i++) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(words.get(i).text());
        }
        String result = name.toString();
        if (result.endsWith("'s") || result.endsWith("\u2019s")) {
            result = result.substring(0, result.length() - 2);
        }
        return result;
    }

    /** "Secretary of State Marco Rubio": an "of" inside a capitalised title does not end the head. */
    private static boolean ofBetweenNames(List<Token> words, int i) {
        return i > 0 && i + 1 < words.size() && words.get(i).text().equals("of") && words.get(i - 1).isCapitalized()
                && words.get(i + 1).isCapitalized() && TITLES.contains(words.get(i - 1).text());
    }

    private static boolean isNameWord(Token word) {
        return word.isWord() && word.isCapitalized() && !word.text().equals("I") || word.text().equals("de") || word.text().equals("van")
                || word.text().equals("von") || word.text().equals("bin") || word.text().equals("al");
    }
}
