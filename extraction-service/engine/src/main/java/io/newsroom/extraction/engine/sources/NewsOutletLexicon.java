package io.newsroom.extraction.engine.sources;

import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.CharSliceMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The news outlets and agencies the engine knows by name, with their aliases ("AP", "The Associated Press"). */
public final class NewsOutletLexicon {

    private static final String RESOURCE = "/io/newsroom/extraction/engine/sources/news-outlets.txt";
    private static final NewsOutletLexicon INSTANCE = load();

    /** A written form of an outlet and the name it stands for. */
    record Alias(String surface, String canonical) {
    }

    /** An outlet named in the text at {@code [start, end)}. */
    public record OutletMention(String canonical, int start, int end) {
    }

    /** Aliases by their first word, read with the word's slice of the text. */
    private final CharSliceMap<List<Alias>> byFirstWord;
    private final Map<String, String> canonicalByAlias;

    private NewsOutletLexicon(Map<String, List<Alias>> byFirstWord, Map<String, String> canonicalByAlias) {
        this.byFirstWord = new CharSliceMap<>(byFirstWord);
        this.canonicalByAlias = canonicalByAlias;
    }

    public static NewsOutletLexicon instance() {
        return INSTANCE;
    }

    private static NewsOutletLexicon load() {
        Map<String, List<Alias>> byFirstWord = new HashMap<>();
        Map<String, String> canonicalByAlias = new HashMap<>();
        for (List<String> names : Lexicon.records(NewsOutletLexicon.class, RESOURCE)) {
            String canonical = names.get(0);
            for (String surface : names) {
                byFirstWord.computeIfAbsent(firstWord(surface, 0), k -> new ArrayList<>()).add(new Alias(surface, canonical));
                canonicalByAlias.putIfAbsent(surface.toLowerCase(), canonical);
                if (surface.startsWith("The ")) {
                    canonicalByAlias.putIfAbsent(surface.substring(4).toLowerCase(), canonical);
                }
            }
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> a.surface().length()).reversed()));
        return new NewsOutletLexicon(byFirstWord, canonicalByAlias);
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    /** The longest outlet name starting at {@code pos} and ending at a word boundary, or null. */
    public OutletMention matchAt(String text, int pos) {
        if (!byFirstWord.mayStartWith(text.charAt(pos)) || pos > 0 && Character.isLetterOrDigit(text.charAt(pos - 1))) {
            return null;
        }
        int end = pos;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "-&'.\u2019/".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        while (end > pos && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end == pos) {
            return null;
        }
        List<Alias> candidates = byFirstWord.get(text, pos, end);
        if (candidates == null) {
            int possessive = possessiveStart(text, pos, end);
            candidates = possessive > pos ? byFirstWord.get(text, pos, possessive) : null;
            if (candidates == null) {
                return null;
            }
        }
        for (Alias alias : candidates) {
            int aliasEnd = pos + alias.surface().length();
            if (text.startsWith(alias.surface(), pos)
                    && (aliasEnd == text.length() || !Character.isLetterOrDigit(text.charAt(aliasEnd)))) {
                return new OutletMention(alias.canonical(), pos, aliasEnd);
            }
        }
        return null;
    }

    /** Where a possessive "'s" closing {@code text[start, end)} starts, or -1. */
    private static int possessiveStart(String text, int start, int end) {
        if (end - start >= 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
            return end - 2;
        }
        return -1;
    }

    /** The canonical name of an outlet written as {@code surface} (a leading "the" ignored), or null. */
    public String canonical(String surface) {
        String key = surface.strip();
        if (key.regionMatches(true, 0, "the ", 0, 4)) {
            key = key.substring(4);
        }
        return canonicalByAlias.get(key.toLowerCase());
    }
}
