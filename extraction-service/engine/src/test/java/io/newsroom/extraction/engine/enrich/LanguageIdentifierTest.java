package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    private static String languageOf(String text) {
        return IDENTIFIER.identify(TokenizedText.of(text).tokens());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | The minister said that the new bridge will be opened to traffic after the end of the winter.",
        "fr | Le ministre a déclaré que le nouveau pont sera ouvert à la circulation après la fin de l'hiver.",
        "de | Der Minister sagte, dass die neue Brücke nach dem Ende des Winters für den Verkehr geöffnet wird.",
        "es | El ministro dijo que el nuevo puente se abrirá al tráfico después del final del invierno.",
        "it | Il ministro ha detto che il nuovo ponte sarà aperto al traffico dopo la fine dell'inverno.",
        "pt | O ministro disse que a nova ponte será aberta ao tráfego após o fim do inverno.",
        "nl | De minister zei dat de nieuwe brug na het einde van de winter voor het verkeer wordt geopend.",
        "ru | Министр сказал, что новый мост будет открыт для движения после окончания зимы.",
        "uk | Міністр сказав, що новий міст буде відкрито для руху після закінчення зими, і це також важливо.",
        "zh | 部长说新桥将在冬季结束后通车。",
        "ja | 大臣は、新しい橋は冬の終わりに開通すると述べた。",
    })
    void identifiesNewsSentences(String expected, String sentence) {
        assertEquals(expected, languageOf(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Der Gemeinderat hat den neuen Plan für den Hafen der Stadt genehmigt.",
        "fr | Le conseil municipal a approuvé le nouveau plan pour le port de la ville.",
        "es | El consejo municipal aprobó el nuevo plan para el puerto de la ciudad.",
        "it | Il consiglio comunale ha approvato il nuovo piano per il porto della città.",
        "nl | In de stad is het nieuwe plan voor de haven goedgekeurd door de gemeenteraad.",
        "pt | A câmara municipal aprovou o novo plano para o porto da cidade na segunda-feira.",
        "en | The city council approved the new plan for the port of the city.",
        "en | The mayor said on Monday",
    })
    void identifiesOneShortSentence(String expected, String sentence) {
        assertEquals(expected, languageOf(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | The mayor said: Die Stadt wird die Brücke wieder aufbauen und das ist gut.",
        "en | Die Bürgermeisterin sagte: The city will rebuild the bridge.",
        "en | Le maire a dit que la ville va reconstruire le pont. The mayor said the city would rebuild the bridge.",
    })
    void aMixedTextGoesWithTheLanguageOfMostOfItsWords(String expected, String text) {
        assertEquals(expected, languageOf(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Riverton 2025", "Lena Ortiz", "Der Bürgermeister", "Le maire", "El alcalde",
        "Il sindaco", "De burgemeester", "The mayor", "de la de la de", "die", "a a a a", "OK"})
    void tooLittleTextIsUndecided(String text) {
        assertNull(languageOf(text));
    }

    @Test
    void namesFromAbroadDoNotMakeATextForeign() {
        String results = """
                SOCCER - LEAGUE RESULTS.
                RIVERTON 1996-08-25
                Results of league matches on Sunday:
                De Vaart 2 Sporting da Costa 1
                Uniao de Vila Nova 0 Van der Berg 3
                Os Leoes 1 De Kempen 1
                Do Vale 2 Vila do Conde 2
                Standings (tabulate under played, won, drawn, lost, goals for, against, points):
                Van der Berg 4 3 1 0 9 2 10
                Sporting da Costa 4 2 1 1 7 5 7
                De Vaart 4 2 0 2 5 6 6
                Os Leoes 4 1 2 1 4 4 5
                """;
        String language = languageOf(results);
        assertTrue(language == null || language.equals("en"), language);
    }

    @Test
    void noTextIsUndecided() {
        assertNull(languageOf(""));
    }

    @Test
    void keepsTheMetadataLanguageWhenUndecided() {
        ArticleMetadata declared = ArticleMetadata.empty().withLanguage("fr");
        assertEquals("fr", IDENTIFIER.identified(declared, TokenizedText.of("Riverton").tokens()).language());
    }
}
