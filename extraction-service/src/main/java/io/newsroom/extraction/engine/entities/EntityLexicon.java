package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists the entity stages consult: known places, organisations and people with their aliases, given names,
 * titles, demonyms and the head words that type a name. Plain text resources, loaded once, read-only afterwards.
 * Every multi-word key is the {@link WordScanner} keys of its words joined by single spaces.
 */
final class EntityLexicon {

    /**
     * A known name: its type (null for names that are neither person, organisation nor place, such as events), the
     * name it is reported under, and whether it is a country or a news outlet.
     */
    record Entry(EntityType type, String canonical, boolean country, boolean outlet) {
    }

    private static final EntityLexicon STANDARD = new EntityLexicon();

    private final Map<String, Entry> names = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> organisationHeads = new HashSet<>();
    private final Set<String> demonymKeepingHeads = new HashSet<>();
    private final Set<String> locationHeads = new HashSet<>();
    private final Set<String> occupations = new HashSet<>();
    private final Set<String> eventHeads = new HashSet<>();
    private int longestName = 1;
    private int longestTitle = 1;
    private int longestDemonym = 1;

    private EntityLexicon() {
        names("countries.txt", EntityType.LOCATION, true, false);
        names("places.txt", EntityType.LOCATION, false, false);
        names("organizations.txt", EntityType.ORGANIZATION, false, false);
        names("outlets.txt", EntityType.ORGANIZATION, false, true);
        names("teams.txt", EntityType.ORGANIZATION, false, false);
        names("persons.txt", EntityType.PERSON, false, false);
        names("other-names.txt", null, false, false);
        lines("demonyms.txt", line -> {
            String[] parts = line.split("\\|");
            for (int i = 0; i < parts.length - 1; i++) {
                String key = key(parts[i]);
                demonyms.put(key, parts[parts.length - 1].trim());
                longestDemonym = Math.max(longestDemonym, wordCount(key));
            }
        });
        lines("titles.txt", line -> {
            String key = key(line);
            titles.add(key);
            longestTitle = Math.max(longestTitle, wordCount(key));
        });
        words("given-names.txt", givenNames);
        words("surnames.txt", surnames);
        words("common-words.txt", commonWords);
        words("organization-heads.txt", organisationHeads);
        words("demonym-keeping-heads.txt", demonymKeepingHeads);
        words("location-heads.txt", locationHeads);
        words("occupations.txt", occupations);
        words("event-heads.txt", eventHeads);
    }

    static EntityLexicon standard() {
        return STANDARD;
    }

    static String key(String phrase) {
        List<Word> words = WordScanner.scan(phrase.trim());
        StringBuilder key = new StringBuilder(phrase.length());
        for (Word word : words) {
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
        return titles.contains(key);
    }

    boolean isGivenName(String key) {
        return givenNames.contains(key);
    }

    boolean isSurname(String key) {
        return surnames.contains(key);
    }

    boolean isCommonWord(String key) {
        return commonWords.contains(key);
    }

    boolean isOrganisationHead(String key) {
        return organisationHeads.contains(key);
    }

    boolean keepsDemonym(String key) {
        return demonymKeepingHeads.contains(key);
    }

    boolean isLocationHead(String key) {
        return locationHeads.contains(key);
    }

    boolean isOccupation(String key) {
        return occupations.contains(key);
    }

    boolean isEventHead(String key) {
        return eventHeads.contains(key);
    }

    int longestName() {
        return longestName;
    }

    int longestTitle() {
        return longestTitle;
    }

    int longestDemonym() {
        return longestDemonym;
    }

    private void names(String resource, EntityType type, boolean country, boolean outlet) {
        lines(resource, line -> {
            String[] parts = line.split("\\|");
            Entry entry = new Entry(type, parts[0].trim(), country, outlet);
            for (String part : parts) {
                String key = key(part);
                if (!key.isEmpty()) {
                    names.putIfAbsent(key, entry);
                    longestName = Math.max(longestName, wordCount(key));
                }
            }
        });
    }

    private void words(String resource, Set<String> target) {
        lines(resource, line -> {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    target.add(key(word));
                }
            }
        });
    }

    private static int wordCount(String key) {
        int count = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    private static void lines(String resource, Consumer<String> sink) {
        try (InputStream in = EntityLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
    }
}
