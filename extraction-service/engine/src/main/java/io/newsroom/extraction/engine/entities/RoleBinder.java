package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Binds titles and job descriptions to the people they describe: the title in front of a name ("US Vice President"
 * JD Vance, "a spokesman for British Prime Minister" Keir Starmer) and the apposition after it ("Sun Xiuwen, an
 * associate professor at the Institute for Central Asian Studies at Lanzhou University, ...").
 */
public final class RoleBinder {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("to", "at", "for");
    private static final Set<String> DETERMINERS = Set.of("its", "his", "her", "their", "the", "a", "an", "'s");
    private static final int LONGEST_APPOSITION = 20;

    private final EntityLexicon lexicon = EntityLexicon.standard();

    /** Copies of the entities, each person with the roles the text gives them. */
    public List<Entity> bind(TokenizedText text, List<Entity> found) {
        List<Token> words = text.tokens();
        List<Entity> entities = found.stream().map(Entity::copy).toList();
        int[] starts = new int[words.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = words.get(k).start();
        }
        EntityType[] named = new EntityType[words.size()];
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                for (int k = wordAt(starts, mention.start()); k < starts.length && starts[k] < mention.end(); k++) {
                    named[k] = entity.type();
                }
            }
        }
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                int first = wordAt(starts, mention.start());
                int after = first;
                while (after < starts.length && starts[after] < mention.end()) {
                    after++;
                }
                addRole(entity, roleBefore(text.text(), words, named, first));
                addRole(entity, roleBeforeComma(text.text(), words, named, first, after));
                addRole(entity, roleAfter(text.text(), words, named, after));
            }
        }
        return entities;
    }

    private static void addRole(Entity entity, String role) {
        if (role != null) {
            entity.roles().add(role);
        }
    }

    private static int wordAt(int[] starts, int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 1;
    }

    /** "Chinese Foreign Ministry spokesperson" before "Mao Ning": titles, demonyms and organisation names. */
    private String roleBefore(String text, List<Token> words, EntityType[] named, int first) {
        int start = roleStart(words, named, first);
        return start < 0 ? null : text.substring(words.get(start).start(), words.get(first - 1).end());
    }

    /** Where the role that ends right before {@code first} starts, or -1 when no role word ends there. */
    private int roleStart(List<Token> words, EntityType[] named, int first) {
        int start = first;
        boolean headed = false;
        for (int k = first - 1; k >= 0 && sameLine(words, k, first); k--) {
            Token word = words.get(k);
            String key = word.key();
            if (named[k] == EntityType.ORGANIZATION && headed && words.get(first - 1).isCapitalized()) {
                // "Dockworkers Union President": the organisation is its own entity, the title alone is the role.
                break;
            }
            boolean head = lexicon.is(WordClass.TITLE_WORD, key) || lexicon.is(WordClass.OCCUPATION, key);
            boolean part = head || lexicon.is(WordClass.ROLE_MODIFIER, key) || lexicon.demonymCountry(key) != null
                    || (named[k] != null && named[k] != EntityType.PERSON)
                    || (key.equals("of") && k > 0 && start < first)
                    || (start < first && k > 0 && isComplementStart(words, named, k, first));
            if (!part) {
                break;
            }
            headed |= head;
            start = k;
        }
        while (start < first && (words.get(start).is("of") || words.get(start).is("-"))) {
            start++;
        }
        return !headed || start == first ? -1 : start;
    }

    /**
     * "envoy to Sudan", "professor at the Delft University": a preposition after a role word opens its complement
     * when only an organisation or place stands between it and the name ("a spokeswoman for Prime Minister X" not).
     */
    private boolean isComplementStart(List<Token> words, EntityType[] named, int k, int first) {
        int preposition = words.get(k).is("the") ? k - 1 : k;
        if (preposition < 1 || !COMPLEMENT_PREPOSITIONS.contains(words.get(preposition).key())) {
            return false;
        }
        for (int m = k + 1; m < first; m++) {
            if ((named[m] == null && !words.get(m).is("the")) || named[m] == EntityType.PERSON) {
                return false;
            }
        }
        String key = words.get(preposition - 1).key();
        return lexicon.is(WordClass.TITLE_WORD, key) || lexicon.is(WordClass.OCCUPATION, key);
    }

    /**
     * "its chief executive, Mara Lindgren, said": a role after a determiner, then the name set off by commas. The
     * closing comma keeps a list ("the ministers, Ana Ruiz and ...") from reading as one.
     */
    private String roleBeforeComma(String text, List<Token> words, EntityType[] named, int first, int after) {
        if (first < 3 || !words.get(first - 1).is(",") || after >= words.size() || !words.get(after).is(",")) {
            return null;
        }
        int comma = first - 1;
        int start = roleStart(words, named, comma);
        if (start < 1 || !DETERMINERS.contains(words.get(start - 1).key()) || words.get(start).isCapitalized()) {
            return null;
        }
        return text.substring(words.get(start).start(), words.get(comma - 1).end());
    }

    /** ", an associate professor at the Institute ... ," after a name, up to the end of the apposition. */
    private String roleAfter(String text, List<Token> words, EntityType[] named, int after) {
        int k = after;
        if (k < words.size() && words.get(k).is(",")) {
            k++;
        }
        if (k + 1 < words.size() && words.get(k).isNumber() && words.get(k + 1).is(",")) {
            // "Nadia Farrow, 52, a former executive": the age stands between the name and the apposition.
            k += 2;
        }
        if (k >= words.size() || !sameLine(words, k, after)) {
            return null;
        }
        boolean article = ARTICLES.contains(words.get(k).key());
        int start = article ? k + 1 : k;
        int end = start;
        boolean headed = false;
        while (end < words.size() && end - start < LONGEST_APPOSITION && sameLine(words, end, after)
                && !lexicon.is(WordClass.CLAUSE_END, words.get(end).key()) && named[end] != EntityType.PERSON) {
            String key = words.get(end).key();
            if (key.equals("'s")) {
                return null;
            }
            headed |= end - start < 4
                    && (lexicon.is(WordClass.OCCUPATION, key) || lexicon.is(WordClass.TITLE_WORD, key));
            end++;
        }
        boolean closed = end == words.size() || !sameLine(words, end, after) || words.get(end).isPunctuation();
        if (!headed || !closed || end == start || end - start == LONGEST_APPOSITION) {
            return null;
        }
        if (!article && lexicon.demonymCountry(words.get(start).key()) == null
                && !lexicon.is(WordClass.TITLE_WORD, words.get(start).key())
                && !lexicon.is(WordClass.ROLE_MODIFIER, words.get(start).key())) {
            return null;
        }
        return text.substring(words.get(start).start(), words.get(end - 1).end());
    }

    private static boolean sameLine(List<Token> words, int k, int anchor) {
        int other = Math.min(anchor, words.size() - 1);
        return words.get(k).line() == words.get(other).line();
    }
}
