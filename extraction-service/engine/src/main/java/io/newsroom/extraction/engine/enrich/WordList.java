package io.newsroom.extraction.engine.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a word list shipped beside the enrichment stages: UTF-8, words separated by white space,
 * {@code #} starts a comment. Read through the class loader so that it works inside a native image.
 */
final class WordList {

    private WordList() {
    }

    static Set<String> read(String resource) {
        List<String> words = new ArrayList<>();
        for (String line : lines(resource)) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        // a HashSet compares cached hash codes before contents, which the immutable sets' probing does not
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** Non-empty lines of the resource with comments removed and white space trimmed. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!content.isEmpty()) {
                    lines.add(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
