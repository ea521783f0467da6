package io.newsroom.extraction.engine;

import io.newsroom.extraction.engine.model.ExtractionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles in German, French and Spanish (written for this test): their language is found and no English rule reads them. */
class OtherLanguagesTest {

    private static final String GERMAN = """
            Stadtrat beschließt neue Brücke über die Elbe

            Der Stadtrat von Riverstadt hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen. \
            Die Kosten für das Bauwerk liegen nach Angaben der Verwaltung bei rund 40 Millionen Euro.

            „Wir haben lange auf diese Entscheidung gewartet“, sagte Bürgermeisterin Jana Keller nach der Sitzung. \
            Die alte Brücke sei seit Jahren marode und müsse für den Verkehr gesperrt werden.

            Die Bauarbeiten sollen im Frühjahr beginnen und drei Jahre dauern. Während der Bauzeit wird eine Fähre \
            zwischen den beiden Ufern eingesetzt, wie die Stadtwerke mitteilten.
            """;

    private static final String FRENCH = """
            Rivière-sur-Mer vote la rénovation de son port

            Le conseil municipal de Rivière-sur-Mer a voté mardi un budget de 12 millions d'euros pour la \
            rénovation du port de pêche. Les travaux doivent commencer au printemps et durer deux ans.

            « Nous devons agir vite, car les quais sont en mauvais état », a déclaré la maire, Claire Dubois, \
            à l'issue de la séance. Selon elle, les pêcheurs attendent ce projet depuis longtemps.

            L'opposition a critiqué le coût du chantier et demande une étude sur l'impact pour l'environnement \
            de la baie. Le vote a été adopté par vingt voix contre huit.
            """;

    private static final String SPANISH = """
            Puerto Claro aprueba un plan para modernizar el puerto

            El ayuntamiento de Puerto Claro aprobó el lunes un plan de 8 millones de euros para modernizar el \
            puerto pesquero de la ciudad. Las obras comenzarán en primavera y durarán dos años.

            "Es un día histórico para los pescadores de la costa", dijo la alcaldesa, Lucía Morales, después de \
            la votación. Según el plan, el muelle principal será ampliado y se construirá un nuevo mercado.

            La oposición criticó el coste del proyecto y pidió un estudio sobre el impacto ambiental en la bahía, \
            pero el plan fue aprobado con el apoyo de la mayoría del pleno.
            """;

    private static final Map<String, String> ARTICLES = Map.of("de", GERMAN, "fr", FRENCH, "es", SPANISH);
    private static final List<String> ENGLISH_ONLY = List.of("entities", "roles", "quotes", "sources", "quantities");
    /** Function words of the three languages that must never be a keyword or part of one. */
    private static final Set<String> FUNCTION_WORDS = Set.of("der", "die", "das", "den", "und", "hat", "wir", "sagte",
            "le", "la", "les", "de", "du", "des", "a", "pour", "selon", "l", "d", "el", "los", "las", "del", "para",
            "dijo", "según", "un", "una", "mardi", "dienstag", "lunes");

    private final ExtractionEngine engine = new ExtractionEngine();

    private ExtractionDocument extract(String text) {
        return engine.extract(new ExtractionRequest("article", text, "text/plain", "2026-03-04"));
    }

    @ParameterizedTest
    @CsvSource({"de, brücke", "fr, port", "es, puerto"})
    void anArticleIsReadInItsLanguageWithoutEnglishRules(String language, String subject) {
        ExtractionDocument document = extract(ARTICLES.get(language));
        assertEquals(language, document.metadata().language());
        assertEquals(ENGLISH_ONLY, document.stagesSkipped());
        assertEquals(List.of(), document.warnings());
        assertTrue(document.entities().isEmpty(), "no English-rule names such as \"Dienstag den Bau\": "
                + document.entities());
        assertTrue(document.quotes().isEmpty() && document.sources().isEmpty() && document.quantities().isEmpty());
        assertTrue(document.keywords().stream().anyMatch(k -> k.contains(subject)), document.keywords().toString());
        for (String keyword : document.keywords()) {
            assertEquals(keyword.toLowerCase(Locale.ROOT), keyword);
            assertFalse(keyword.contains("'"), "an elided article is no part of a keyword: " + keyword);
            for (String word : keyword.split(" ")) {
                assertFalse(FUNCTION_WORDS.contains(word), keyword + " in " + document.keywords());
            }
        }
        assertFalse(document.summary().isEmpty());
    }

    @Test
    void anItalianArticleSkipsEveryStageThatKnowsNoItalian() {
        ExtractionDocument document = extract("""
                Il consiglio comunale di Porto Chiaro ha approvato martedì un piano per il nuovo porto della città. \
                I lavori dovrebbero cominciare in primavera e durare due anni, ha detto la sindaca dopo la seduta.
                """);
        assertEquals("it", document.metadata().language());
        assertEquals(List.of("entities", "roles", "dates", "quotes", "sources", "quantities", "keywords", "summary"),
                document.stagesSkipped());
        assertTrue(document.keywords().isEmpty() && document.summary().isEmpty() && document.dates().isEmpty());
    }

    @Test
    void anEnglishArticleSkipsNothing() {
        ExtractionDocument document = extract("""
                The Riverton council approved a plan for the harbour on Tuesday, Mayor Lena Ortiz said. \
                The work is expected to cost $12 million and to take two years.
                """);
        assertEquals("en", document.metadata().language());
        assertEquals(List.of(), document.stagesSkipped());
        assertFalse(document.entities().isEmpty());
    }

    @Test
    void aTextTooShortToTellIsReadWithTheEnglishRules() {
        ExtractionDocument document = extract("Lena Ortiz, Riverton.");
        assertNull(document.metadata().language());
        assertEquals(List.of(), document.stagesSkipped());
    }

    @Test
    void theDeclaredLanguageOfAPageCountsWhenTheTextIsTooShortToTell() {
        ExtractionDocument document = engine.extract(new ExtractionRequest("page",
                "<html lang=\"de-DE\"><body><p>Jana Keller, Riverstadt.</p></body></html>", "text/html", null));
        assertEquals("de", document.metadata().language());
        assertEquals(ENGLISH_ONLY, document.stagesSkipped());
    }
}
