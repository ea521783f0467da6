package io.newsroom.extraction.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one format of the engine's lexicon files: UTF-8 text beside the class that reads it, one entry a line;
 * {@code #} at the start of a line, or after white space, starts a comment; blank lines are ignored. Every file opens
 * with a comment header saying what it holds and where the list comes from. An entry is a word or phrase, or fields
 * separated by {@code |} (a name and its aliases, a word and its value). Read through the class loader, so it works
 * inside a jar and a native image.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The entries of {@code name} (a resource beside {@code owner}), comments removed and white space trimmed. */
    public static List<String> lines(Class<?> owner, String name) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + name + " beside " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = withoutComment(line).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Every white-space separated word of the file, as a set. */
    public static Set<String> words(Class<?> owner, String name) {
        Set<String> words = new HashSet<>();
        for (String line : lines(owner, name)) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        // a HashSet compares cached hash codes before contents, which the immutable sets' probing does not
        return Collections.unmodifiableSet(words);
    }

    /** Each entry split into its {@code |}-separated fields, each trimmed. */
    public static List<List<String>> records(Class<?> owner, String name) {
        List<List<String>> records = new ArrayList<>();
        for (String line : lines(owner, name)) {
            List<String> fields = new ArrayList<>();
            for (String field : line.split("\\|", -1)) {
                fields.add(field.strip());
            }
            records.add(List.copyOf(fields));
        }
        return records;
    }

    /**
     * Each entry of the form {@code key | value} as a map from key to value, in file order; a key written twice
     * keeps its first value.
     */
    public static Map<String, String> map(Class<?> owner, String name) {
        Map<String, String> map = new LinkedHashMap<>();
        for (List<String> fields : records(owner, name)) {
            if (fields.size() != 2) {
                throw new IllegalStateException("lexicon " + name + ": not a key | value entry: " + fields);
            }
            map.putIfAbsent(fields.get(0), fields.get(1));
        }
        return Collections.unmodifiableMap(map);
    }

    static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
