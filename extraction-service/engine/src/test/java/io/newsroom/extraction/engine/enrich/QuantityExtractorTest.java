package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityExtractorTest {

    private static List<Quantity> quantitiesOf(String text) {
        return SampleArticles.quantities(text);
    }

    private static String describe(List<Quantity> quantities) {
        StringBuilder out = new StringBuilder();
        for (Quantity q : quantities) {
            out.append(q.text()).append(" = ").append(q.value()).append(' ').append(q.unit()).append('\n');
        }
        return out.toString();
    }

    @Test
    void countsWithWhatTheyCount() {
        List<Quantity> found = quantitiesOf("The exchange freed 1,000 prisoners of war and 25 civilians.");
        assertEquals("1,000 prisoners of war = 1000.0 prisoners of war\n25 civilians = 25.0 civilians\n",
                describe(found));
        Quantity first = found.get(0);
        assertEquals(first.text(), "The exchange freed 1,000 prisoners of war and 25 civilians."
                .substring(first.start(), first.end()));
    }

    @Test
    void moneyWithScales() {
        assertEquals("$5 billion = 5.0E9 USD\n€2.5bn = 2.5E9 EUR\n300 million yuan = 3.0E8 CNY\n",
                describe(quantitiesOf("The fund gets $5 billion now, €2.5bn later and 300 million yuan in loans.")));
    }

    @Test
    void percentages() {
        assertEquals("12 percent = 12.0 percent\n3.4% = 3.4 percent\n",
                describe(quantitiesOf("Sales fell 12 percent while prices rose 3.4% in the quarter.")));
    }

    @Test
    void numbersInWords() {
        assertEquals("twenty-five soldiers = 25.0 soldiers\nthree hundred homes = 300.0 homes\n",
                describe(quantitiesOf("Officials said twenty-five soldiers and three hundred homes were affected. "
                        + "One of them spoke.")));
    }

    @Test
    void rangesGiveBothEnds() {
        assertEquals("10 to 15 people = 10.0 people\n10 to 15 people = 15.0 people\n"
                        + "20-30 boats = 20.0 boats\n20-30 boats = 30.0 boats\n"
                        + "300 and 400 workers = 300.0 workers\n300 and 400 workers = 400.0 workers\n",
                describe(quantitiesOf("Officials expect 10 to 15 people. We saw 20-30 boats. "
                        + "Between 300 and 400 workers left.")));
    }

    @Test
    void datesYearsAndTimesAreNotAmounts() {
        List<Quantity> quantities = SampleArticles.quantities(
                "On May 20, 2025 at 12:02 the talks began. In 1998 the treaty was signed on 3 March.",
                new DateMention("May 20, 2025", "2025-05-20", "DATE", 3, 15));
        assertTrue(quantities.isEmpty(), describe(quantities));
    }
}
