package io.newsroom.extraction.engine.dates;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An earnings report compares with "a year earlier", "the year-ago period" or "the latest period" the quarter it is
 * telling of: the one it named (a fiscal quarter may not be the last calendar quarter), else the last one before
 * publication. Anchored on Tuesday 2025-05-20, in the second calendar quarter.
 */
class ReportedQuarterTest {

    private static final String PUBLISHED = "2025-05-20";

    private final TemporalExpressionTagger tagger = new TemporalExpressionTagger();

    private List<String> dates(String text) {
        return tagger.tag(TokenizedText.unsplit(text), ArticleMetadata.empty(), PUBLISHED).dates().stream().map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void withoutANamedQuarterTheReportIsOnTheLastQuarterBeforePublication() {
        List<String> found = dates("Harbor Foods earned $4 million in the quarter, up from $3 million a year earlier.");
        assertEquals(List.of("the quarter=2025-Q1", "a year earlier=2024-Q1"), found);
    }

    @Test
    void aNamedFiscalQuarterIsTheOneComparedWith() {
        assertEquals(List.of("the fiscal fourth quarter=2024-Q4", "a year earlier=2023-Q4", "the latest period=2024-Q4",
                        "The year-ago=2023-Q4"),
                dates("Harbor Foods earned $4 million in the fiscal fourth quarter, up from $3 million a year earlier. "
                        + "Sales in the latest period rose 8%. The year-ago results included a charge."));
    }

    @Test
    void aQuarterOfAnotherYearIsNotTheReportedOne() {
        String report = "Harbor Foods matched the 2023 first quarter. Its margin in the quarter was thin.";
        assertEquals(List.of("the 2023 first quarter=2023-Q1", "the quarter=2025-Q1"), dates(report));
    }

    @Test
    void aParagraphOnAnotherCompanyNamesItsOwnQuarter() {
        assertEquals(List.of("the fiscal first quarter=2025-Q1", "a year earlier=2024-Q1", "third-quarter=2024-Q3",
                        "a year earlier=2023-Q3"),
                dates("Harbor Foods earned $4 million in the fiscal first quarter, up from $3 million a year earlier.\n\n"
                        + "Separately, Lakeside Mills said third-quarter profit rose to $9 million from $7 million a year "
                        + "earlier."));
    }
}
