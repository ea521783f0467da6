package io.newsroom.extraction.engine.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** Reads the entity stages' word-list resources: one entry a line, {@code #} lines are the list's header. */
final class LexiconFile {

    private LexiconFile() {
    }

    /** Every whitespace-separated word of a list, lower-cased, for look-ups that need no word scanner. */
    static Set<String> lowerCaseWords(String resource) {
        Set<String> words = new HashSet<>();
        lines(resource, line -> {
            for (String word : line.split("\\s+")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        });
        return Set.copyOf(words);
    }

    static void lines(String resource, Consumer<String> sink) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
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
