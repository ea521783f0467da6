package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.text.CharSliceMap;
import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.text.SentenceSplitter;
import io.newsroom.extraction.engine.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists the entity stages consult: known places, organisations and people with their aliases, given names,
 * titles, demonyms and the head words that type a name. Plain text resources, loaded once, read-only afterwards.
 * Every multi-word key is the {@link SentenceSplitter} keys of its words joined by single spaces.
 */
final class EntityLexicon {


    /**
     * A known name: its type (null for names that are neither person, organisation nor place, such as events), the
     * name it is reported under, and whether it is a country.
     */
    record Entry(EntityType type, String canonical, boolean country) {
    }

    private static final EntityLexicon STANDARD = new EntityLexicon();

    private final PhraseIndex<Entry> names = new PhraseIndex<>();
    private final PhraseIndex<String> demonyms = new PhraseIndex<>();
    private final PhraseIndex<String> titles = new PhraseIndex<>();
    /** For each word, the classes it belongs to as bits ({@code 1 << ordinal}): one look-up answers every class. */
    private final Map<String, Integer> wordClasses = new HashMap<>();
    /** The sports words alone, read by every token of a text when it is first asked whether it is a sports page. */
    private final CharSliceMap<Boolean> sportsWords;

    private EntityLexicon() {
        for (WordClass wordClass : WordClass.values()) {
            if (wordClass.resource != null) {
                words(wordClass.resource, wordClass);
            }
        }
        names("countries.txt", EntityType.LOCATION, true);
        names("places.txt", EntityType.LOCATION, false);
        names("organizations.txt", EntityType.ORGANIZATION, false);
        names("outlets.txt", EntityType.ORGANIZATION, false);
        names("teams.txt", EntityType.ORGANIZATION, false);
        names("persons.txt", EntityType.PERSON, false);
        names("other-names.txt", null, false);
        for (List<String> fields : Lexicon.records(EntityLexicon.class, "demonyms.txt")) {
            for (int i = 0; i < fields.size() - 1; i++) {
                demonyms.putIfAbsent(key(fields.get(i)), fields.get(fields.size() - 1));
            }
        }
        Lexicon.lines(EntityLexicon.class, "titles.txt").forEach(line -> {
            String key = key(line);
            titles.putIfAbsent(key, key);
            for (String word : key.split(" ")) {
                if (!word.equals("of")) {
                    addToClass(word, WordClass.TITLE_WORD);
                }
            }
        });
        Map<String, Boolean> sports = new HashMap<>();
        wordClasses.forEach((word, classes) -> {
            if (isIn(WordClass.SPORTS_WORD, classes)) {
                sports.put(word, true);
            }
        });
        sportsWords = new CharSliceMap<>(sports);
    }

    /** Whether the word {@code key} is a sports word, as {@code is(WordClass.SPORTS_WORD, key)} answers, faster. */
    boolean isSportsWord(String key) {
        return sportsWords.get(key, 0, key.length()) != null;
    }

    static EntityLexicon standard() {
        return STANDARD;
    }

    static String key(String phrase) {
        List<Token> words = SentenceSplitter.tokens(phrase.trim());
        StringBuilder key = new StringBuilder(phrase.length());
        for (Token word : words) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(word.key());
        }
        return key.toString();
    }

    Entry name(String key) {
        return names.get(key);
    }

    String demonymCountry(String key) {
        return demonyms.get(key);
    }

    boolean isTitle(String key) {
        return titles.get(key) != null;
    }

    /** Words in the longest known name, title or demonym starting at {@code from} and ending before {@code to}. */
    int nameLength(Token[] words, int from, int to) {
        return names.longestAt(words, from, to);
    }

    int titleLength(Token[] words, int from, int to) {
        int known = titles.longestAt(words, from, to);
        if (known == 0 && from + 1 < to && is(WordClass.PORTFOLIO, words[from].key())
                && (is(WordClass.OFFICE_HEAD, words[from + 1].key()) || titles.longestAt(words, from + 1, to) > 0)) {
            // "Transport Secretary", "Trade Representative": a field of government before an office word is a title.
            known = 1 + Math.max(1, titles.longestAt(words, from + 1, to));
        }
        if (known == 0 && isHyphenatedTitle(words[from].key())) {
            known = 1;
        }
        int of = from + known;
        if (known > 0 && of + 2 < to && words[of].is("of")
                && (is(WordClass.PORTFOLIO, words[of + 1].key()) || words[of + 1].is("state"))) {
            // "Assistant Secretary of State", "Minister of Finance": the office's field completes the title.
            known += 2;
        }
        return known;
    }

    /** "Major-General", "Lieutenant-Colonel": two title words joined by a hyphen. */
    private boolean isHyphenatedTitle(String key) {
        int hyphen = key.indexOf('-');
        return hyphen > 0 && is(WordClass.TITLE_WORD, key.substring(0, hyphen))
                && is(WordClass.TITLE_WORD, key.substring(hyphen + 1));
    }

    int demonymLength(Token[] words, int from, int to) {
        return demonyms.longestAt(words, from, to);
    }

    boolean is(WordClass wordClass, String key) {
        return isIn(wordClass, classes(key));
    }

    /** The classes of the word {@code key} as bits, for {@link #isIn}: 0 for a word of no class. */
    int classes(String key) {
        Integer classes = wordClasses.get(key);
        return classes == null ? 0 : classes;
    }

    static boolean isIn(WordClass wordClass, int classes) {
        return (classes & 1 << wordClass.ordinal()) != 0;
    }

    private void addToClass(String key, WordClass wordClass) {
        wordClasses.merge(key, 1 << wordClass.ordinal(), (a, b) -> a | b);
    }

    private void names(String resource, EntityType type, boolean country) {
        for (List<String> aliases : Lexicon.records(EntityLexicon.class, resource)) {
            Entry entry = new Entry(type, aliases.get(0), country);
            for (String alias : aliases) {
                String key = key(alias);
                if (spellsAWord(alias, key)) {
                    continue;
                }
                if (!key.isEmpty()) {
                    names.putIfAbsent(key, entry);
                }
                if (key.length() > 2 && key.endsWith(".")) {
                    names.putIfAbsent(key.substring(0, key.length() - 1), entry);
                }
            }
        }
    }

    private void words(String resource, WordClass wordClass) {
        Lexicon.lines(EntityLexicon.class, resource).forEach(line -> {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    addToClass(key(word), wordClass);
                }
            }
        });
    }

    /** An acronym that spells a given name ("ANA") would turn every "Ana" into the airline: left out. */
    private boolean spellsAWord(String alias, String key) {
        boolean acronym = alias.length() <= 5 && alias.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
        return acronym && (is(WordClass.GIVEN_NAME, key) || is(WordClass.SURNAME, key));
    }
}
