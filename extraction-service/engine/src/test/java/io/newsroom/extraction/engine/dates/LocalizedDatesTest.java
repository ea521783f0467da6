package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** German, French and Spanish dates, each case anchored on Tuesday 2025-05-20. */
class LocalizedDatesTest {

    private final TemporalExpressionTagger tagger = new TemporalExpressionTagger();

    /** Every date and duration of the sentence as "text=value", in order. */
    private List<String> tag(String language, String sentence) {
        TemporalExpressions found = tagger.tag(TokenizedText.unsplit(sentence),
                ArticleMetadata.empty().withLanguage(language), "2025-05-20");
        List<String> texts = new ArrayList<>();
        found.dates().forEach(d -> {
            assertEquals(d.text(), sentence.substring(d.start(), d.end()));
            texts.add(d.text() + "=" + d.value());
        });
        found.durations().forEach(d -> {
            assertEquals(d.text(), sentence.substring(d.start(), d.end()));
            texts.add(d.text() + "=" + d.value());
        });
        return texts;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministerin Lena Ortiz sprach am vergangenen Dienstag in Riverton.  | vergangenen Dienstag=2025-05-13
            Der Vertrag wurde am 3. März 2025 in Riverton unterzeichnet.       | 3. März 2025=2025-03-03
            Am Freitag, 16. Mai 2025, tagte der Stadtrat.                      | Freitag, 16. Mai 2025=2025-05-16
            Der Stadtrat tagte am Sonntag.                                     | Sonntag=2025-05-18
            Die Wahl wird am Sonntag stattfinden.                              | Sonntag=2025-05-25
            Im März stiegen die Preise.                                        | März=2025-03
            Die Preise stiegen im Mai 2024.                                    | Mai 2024=2024-05
            Die Frist endet am 03.03.2026.                                     | 03.03.2026=2026-03-03
            Vor drei Jahren begann der Streit.                                 | Vor drei Jahren=2022
            Der Streik dauerte drei Wochen.                                    | drei Wochen=P3W
            Letzte Woche traf sich der Rat.                                    | Letzte Woche=2025-W20
            Im vergangenen Jahr wuchs die Stadt.                               | vergangenen Jahr=2024
            Gestern Abend sprach der Bürgermeister.                            | Gestern Abend=2025-05-19TEV
            Seit 2020 wächst die Stadt.                                        | 2020=2020
            Die Messe begann am 3. Okt. 2024 in Riverton.                      | 3. Okt. 2024=2024-10-03
            """)
    void german(String sentence, String expected) {
        assertEquals(List.of(expected), tag("de", sentence));
    }

    @Test
    void germanNounsAreNotDates() {
        assertEquals(List.of(), tag("de", "Am Morgen regnete es, und der Mai-Baum stand noch."));
        assertEquals(List.of(), tag("de", "Die Stadt hat 2020 Einwohner mehr."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le maire Paul Girard a parlé mardi dernier à Riverton.             | mardi dernier=2025-05-13
            Le traité a été signé le 3 mars 2025.                              | 3 mars 2025=2025-03-03
            Le 1er janvier 2024, la loi est entrée en vigueur.                 | 1er janvier 2024=2024-01-01
            Le mois dernier, les prix ont augmenté.                            | Le mois dernier=2025-04
            Le sommet aura lieu la semaine prochaine.                          | la semaine prochaine=2025-W22
            Les ventes ont doublé l'année dernière.                            | l'année dernière=2024
            Les ventes doublent cette année.                                   | cette année=2025
            Il y a deux ans, l'usine a fermé.                                  | Il y a deux ans=2023
            La grève a duré trois semaines.                                    | trois semaines=P3W
            Le maire a parlé hier soir.                                        | hier soir=2025-05-19TEV
            Le paiement est dû le 3/4/2025.                                    | 3/4/2025=2025-04-03
            Le conseil se réunit demain.                                       | demain=2025-05-21
            Les prix ont baissé en mars.                                       | mars=2025-03
            """)
    void french(String sentence, String expected) {
        assertEquals(List.of(expected), tag("fr", sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La alcaldesa Marta Ruiz habló el pasado martes en Riverton.        | el pasado martes=2025-05-13
            El acuerdo se firmó el 3 de marzo de 2025.                         | 3 de marzo de 2025=2025-03-03
            La semana pasada cerró la fábrica.                                 | La semana pasada=2025-W20
            El mes que viene abrirá la escuela.                                | El mes que viene=2025-06
            Hace tres años cerró la fábrica.                                   | Hace tres años=2022
            La huelga duró dos semanas.                                        | dos semanas=P2W
            Mañana se reúne el consejo.                                        | Mañana=2025-05-21
            Esta mañana llovió en Riverton.                                    | Esta mañana=2025-05-20TMO
            El ministro habló ayer por la tarde.                               | ayer por la tarde=2025-05-19TAF
            El pago vence el 3/4/2025.                                         | 3/4/2025=2025-04-03
            La ciudad crece desde 2019.                                        | 2019=2019
            El consejo se reunió el martes.                                    | martes=2025-05-20
            El consejo se reunirá el próximo martes.                           | el próximo martes=2025-05-27
            """)
    void spanish(String sentence, String expected) {
        assertEquals(List.of(expected), tag("es", sentence));
    }

    @Test
    void anyMixOfCalendarWordsIsReadWithoutFailing() {
        String[] pieces = {"3.", "31", "00", "1er", "de", "del", "März", "MÄRZ", "mars", "marzo", "Okt.", "2025", "0000",
                "9999", "am", "vergangenen", "Dienstag", "mardi", "dernier", "el", "pasado", "martes", "próximo", "que",
                "viene", "l'", "année", "mois", "semana", "Woche", "vor", "il", "y", "a", "hace", "drei", "Jahren",
                "ans", "años", "heute", "Morgen", "morgen", "mañana", "por", "la", "tarde", "hier", "soir", "ce",
                "matin", "29.02.2025", "31/04/2025", "12/12/2012", ".", ",", "\n", "week-end", "fin", "semana"};
        java.util.Random random = new java.util.Random(20250520);
        for (String language : List.of("de", "fr", "es")) {
            for (int round = 0; round < 300; round++) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(12) + 1; w > 0; w--) {
                    text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                }
                tag(language, text.toString());
            }
        }
    }

    @Test
    void slashedDatesFollowTheLanguage() {
        assertEquals(List.of("3/4/2025=2025-03-04"), tag("en", "The payment is due on 3/4/2025."));
        assertEquals(List.of("3/4/2025=2025-04-03"), tag("es-MX", "El pago vence el 3/4/2025."));
    }
}
