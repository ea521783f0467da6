package io.newsroom.extraction.engine.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {

    @Test
    void dropsCommentsAndBlankLinesAndKeepsAHashInsideAWord() {
        assertEquals("", Lexicon.withoutComment("# a header"));
        assertEquals("Port Ellis ", Lexicon.withoutComment("Port Ellis # a town"));
        assertEquals("C#", Lexicon.withoutComment("C#"));
        assertEquals("", Lexicon.withoutComment("   # indented comment").strip());
    }

    @Test
    void aMissingLexiconSaysWhichOne() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Lexicon.lines(LexiconTest.class, "no-such-list.txt"));
        assertTrue(missing.getMessage().contains("no-such-list.txt"), missing.getMessage());
    }

    @Test
    void aKeyValueLexiconReadsAsAMapAndRefusesAnEntryWithoutItsValue() {
        Map<String, String> currencies = Lexicon.map(io.newsroom.extraction.engine.enrich.QuantityExtractor.class,
                "currency-symbols.txt");
        assertEquals("USD", currencies.get("$"));
        assertEquals("EUR", currencies.get("\u20AC"));
        IllegalStateException plain = assertThrows(IllegalStateException.class,
                () -> Lexicon.map(Lexicon.class, "sentence-openers.txt"));
        assertTrue(plain.getMessage().contains("sentence-openers.txt"), plain.getMessage());
    }

    /** Every lexicon the engine ships opens with a comment header saying what it holds and where it comes from. */
    @Test
    void everyShippedLexiconOpensWithAHeader() throws IOException {
        Path resources = Path.of("src/main/resources");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(resources)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertTrue(files.size() > 10, "the engine's lexicons are found under " + resources.toAbsolutePath());
        List<String> headerless = new ArrayList<>();
        for (Path file : files) {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).findFirst().orElse("");
            if (!first.startsWith("#") || first.length() < 12) {
                headerless.add(resources.relativize(file).toString());
            }
        }
        assertEquals(List.of(), headerless, "lexicon files without a header comment");
    }
}
