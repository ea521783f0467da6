package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.text.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who a speaker phrase names: a name without its role, a descriptor's entity, a document's issuer. */
class SpeakerResolutionTest {

    private static List<Quote> quotes(String text, Entity... entities) {
        return new QuoteAttributor().attribute(TokenizedText.of(text), List.of(entities));
    }

    private static Quote last(String text, Entity... entities) {
        List<Quote> quotes = quotes(text, entities);
        return quotes.get(quotes.size() - 1);
    }

    private static Entity entity(String id, EntityType type, String name, String text, String... roles) {
        Entity entity = new Entity(id, type, name);
        int at = text.indexOf(name);
        entity.mentions().add(new Mention(at, at + name.length(), name));
        entity.roles().addAll(List.of(roles));
        return entity;
    }

    @Test
    void aSpeakersNameDoesNotCarryTheRole() {
        assertEquals("Jim Lowe", last("\"The dam is safe,\" Administrator Jim Lowe said.").speaker());
        assertEquals("Nora Quist", last("\"Rates stay where they are,\" said Treasurer Nora Quist.").speaker());
        assertEquals("Minnie Driver", last("\"We start filming in June,\" Minnie Driver said.").speaker());
    }

    @Test
    void aSurnameTakesTheFullNameWithoutTheRole() {
        String text = "Administrator Jim Lowe opened the dam.\n\n\"The dam is safe,\" Lowe said.";
        assertEquals("Jim Lowe", last(text).speaker());
    }

    @Test
    void anEntityNamedWithItsRoleGivesTheSpeakerWithoutIt() {
        String text = "\"The dam is safe,\" Administrator Jim Lowe said.";
        Entity lowe = entity("e1", EntityType.PERSON, "Administrator Jim Lowe", text);
        Quote quote = last(text, lowe);
        assertEquals("Jim Lowe", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void thePresidentIsTheLastPersonNamedBefore() {
        String text = "President Lena Ortiz of Riverton opened the session. Her deputy Tom Reyes sat beside her.\n\n"
                + "\"We will not raise taxes,\" the president said.";
        Entity ortiz = entity("e1", EntityType.PERSON, "Lena Ortiz", text, "President");
        Entity reyes = entity("e2", EntityType.PERSON, "Tom Reyes", text, "deputy");
        Quote quote = last(text, ortiz, reyes);
        assertEquals("president", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void theMayorWithNoRoleOnRecordIsTheLastPersonNamed() {
        String text = "Lena Ortiz toured the flooded streets on Monday.\n\n\"Every house will be dry by Friday,\" the mayor said.";
        Entity ortiz = entity("e1", EntityType.PERSON, "Lena Ortiz", text);
        Quote quote = last(text, ortiz);
        assertEquals("mayor", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void aPronounAfterADescriptorIsThePersonItReferredTo() {
        String text = "Lena Ortiz toured the flooded streets on Monday.\n\n\"Every house will be dry by Friday,\" the mayor said. "
                + "Tom Reyes, a builder, listened.\n\n\"We have pumps on every corner,\" she said.";
        Entity ortiz = entity("e1", EntityType.PERSON, "Lena Ortiz", text);
        Quote quote = last(text, ortiz);
        assertEquals("Lena Ortiz", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void aDescriptionMatchingARoleOnRecordPointsAtItsHolder() {
        String text = "Riverton Finance Minister Tom Reyes flew home.\n\n\"The budget holds,\" the Riverton Finance Minister said.";
        Entity reyes = entity("e1", EntityType.PERSON, "Tom Reyes", text, "Riverton Finance Minister");
        Quote quote = last(text, reyes);
        assertEquals("Riverton Finance Minister", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void theCompanyIsTheLastOrganisationNamedBefore() {
        String text = "Riverton Steel laid off 200 workers, Lena Ortiz told the council.\n\n"
                + "\"The market for steel has collapsed,\" the company said in a statement.";
        Entity steel = entity("e1", EntityType.ORGANIZATION, "Riverton Steel", text);
        Entity ortiz = entity("e2", EntityType.PERSON, "Lena Ortiz", text);
        Quote quote = last(text, steel, ortiz);
        assertEquals("company", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void theMinistryAndTheGroupAreOrganisations() {
        String text = "The Ministry of Water met Mayor Tom Reyes on Monday.\n\n\"Supplies are secure,\" the ministry said.";
        Entity ministry = entity("e1", EntityType.ORGANIZATION, "Ministry of Water", text);
        Entity reyes = entity("e2", EntityType.PERSON, "Tom Reyes", text);
        Quote quote = last(text, ministry, reyes);
        assertEquals("ministry", quote.speaker());
        assertEquals("e1", quote.speakerId());
    }

    @Test
    void aDescriptorWithNothingToReferToStaysADescription() {
        assertEquals("company", last("\"Sales fell sharply,\" the company said.").speaker());
    }

    @Test
    void aStatementOfAnOrganisationIsTheOrganisations() {
        String text = "Mayor Tom Reyes left early. \"The talks were useful,\" a Riverton Council statement said.";
        assertEquals("Riverton Council", last(text).speaker());
    }

    @Test
    void aDocumentFiledBySomeoneIsTheirs() {
        String text = "\"The builder never meant to finish,\" according to a complaint filed by the Riverton Transit Authority.";
        assertEquals("Riverton Transit Authority", last(text).speaker());
        assertEquals("Riverton Council", last("\"We disagree,\" said a statement from the Riverton Council.").speaker());
    }

    @Test
    void aDescriptorDoesNotTakeSomeoneWithAnotherRole() {
        String text = "Deputy mayor Tom Reyes spoke first.\n\n\"We will not raise taxes,\" the president said.";
        Entity reyes = entity("e1", EntityType.PERSON, "Tom Reyes", text, "Deputy mayor");
        Quote quote = last(text, reyes);
        assertEquals("president", quote.speaker());
        assertNull(quote.speakerId());
    }

    @Test
    void anAbbreviatedTitleFitsItsDescriptor() {
        String text = "Sen. Lena Ortiz met Tom Reyes on Monday.\n\n\"The bill is dead,\" the senator said.";
        Entity ortiz = entity("e1", EntityType.PERSON, "Lena Ortiz", text, "Sen.");
        Entity reyes = entity("e2", EntityType.PERSON, "Tom Reyes", text);
        assertEquals("e1", last(text, ortiz, reyes).speakerId());
    }

    @Test
    void aReportIsItsOwnSourceNotTheNearestPerson() {
        String text = "Mayor Tom Reyes asked for the audit in May.\n\n"
                + "\"The city lost track of its spending,\" the report said.";
        Entity reyes = entity("e1", EntityType.PERSON, "Tom Reyes", text);
        Quote quote = last(text, reyes);
        assertEquals("report", quote.speaker());
        assertNull(quote.speakerId());
    }

    @Test
    void accordingToACourtFilingTheFilingIsTheSource() {
        String text = "Tom Reyes denied the claims. The builder \"never intended to finish the bridge,\" according to a court filing.";
        Entity reyes = entity("e1", EntityType.PERSON, "Tom Reyes", text);
        assertEquals("court filing", last(text, reyes).speaker());
    }
}
