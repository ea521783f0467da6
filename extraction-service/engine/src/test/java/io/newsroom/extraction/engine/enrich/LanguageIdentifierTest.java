package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.ArticleAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    private static String languageOf(String text) {
        return IDENTIFIER.identify(SampleArticles.analysed(text).tokens);
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

    @Test
    void tooLittleTextIsUndecided() {
        assertNull(languageOf("Riverton 2025"));
        assertNull(languageOf(""));
    }

    @Test
    void keepsTheMetadataLanguageWhenUndecided() {
        ArticleAnalysis analysis = SampleArticles.analysed("Riverton");
        analysis.metadata = analysis.metadata.withLanguage("fr");
        IDENTIFIER.apply(analysis);
        assertEquals("fr", analysis.metadata.language());
    }
}
