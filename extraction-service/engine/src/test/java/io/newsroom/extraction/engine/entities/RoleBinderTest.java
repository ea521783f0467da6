package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleBinderTest {

    private static List<String> roles(String text, String person) {
        List<Entity> entities = read(text);
        return List.copyOf(entity(entities, EntityType.PERSON, person).roles());
    }

    @Test
    void countryAndTitleBeforeTheName() {
        assertEquals(List.of("Canadian Finance Minister"),
                roles("Canadian Finance Minister Dominic LeBlanc spoke in Ottawa.", "Dominic LeBlanc"));
        assertEquals(List.of("US Secretary of State"),
                roles("He met US Secretary of State Antony Blinken on Friday.", "Antony Blinken"));
    }

    @Test
    void aFieldOfGovernmentBeforeAnOfficeWordIsATitleEvenWhenNotListed() {
        assertEquals(List.of("Fisheries Minister"),
                roles("The quota was cut, Fisheries Minister Oskar Lindqvist said on Tuesday.", "Oskar Lindqvist"));
        assertEquals(List.of("Transport Secretary"),
                roles("Transport Secretary Mira Okonkwo opened the bridge.", "Mira Okonkwo"));
    }

    @Test
    void anAcronymSpellingAGivenNameDoesNotSwallowThePerson() {
        assertEquals(List.of("Health Minister"),
                roles("Health Minister Ana Ferreira visited the clinic on Monday.", "Ana Ferreira"));
    }

    @Test
    void organisationAndOccupationBeforeTheName() {
        assertEquals(List.of("Japanese Foreign Ministry spokesman"),
                roles("Japanese Foreign Ministry spokesman Toshihiro Kitamura said on Monday the talks went well.",
                        "Toshihiro Kitamura"));
    }

    @Test
    void theSpokesmanIsNotThePersonButTheTitleIs() {
        List<Entity> entities = read("\"We are ready,\" said a spokeswoman for Spanish Prime Minister Pedro "
                + "Sanchez in a statement.");
        Entity sanchez = entity(entities, EntityType.PERSON, "Pedro Sanchez");
        assertEquals(List.of("Spanish Prime Minister"), List.copyOf(sanchez.roles()));
    }

    @Test
    void appositionAfterTheNameUpToTheClauseEnd() {
        assertEquals(List.of("senior lecturer at the School of Oriental Studies at Keele University"),
                roles("Amara Okafor, a senior lecturer at the School of Oriental Studies at Keele University, "
                        + "said the vote was close.", "Amara Okafor"));
        assertEquals(List.of("research fellow at the Lagos Business School"),
                roles("Tunde Bakare a research fellow at the Lagos Business School, told reporters it was over.",
                        "Tunde Bakare"));
    }

    @Test
    void aSubjectAfterACommaIsNotAnApposition() {
        List<Entity> entities = read("The leaders spoke with Macron, the French president's office said.");
        Entity macron = entity(entities, EntityType.PERSON, "Macron");
        assertTrue(macron.roles().isEmpty(), () -> macron.roles().toString());
    }

    @Test
    void bareTitleCounts() {
        assertEquals(List.of("President"), roles("The plan won President Ortega's backing.", "Ortega"));
    }

    @Test
    void anAppositionMayOpenWithAModifierAndKeepsItsComplement() {
        assertEquals(List.of("former special envoy to Sudan"),
                roles("Colin Varga, former special envoy to Sudan, met the rebels.", "Colin Varga"));
        assertEquals(List.of("ambassador to the African Union"),
                roles("Ruth Amsel, ambassador to the African Union, left Addis Ababa.", "Ruth Amsel"));
    }

    @Test
    void aRoleBeforeTheNameKeepsItsComplement() {
        assertEquals(List.of("former special envoy to Sudan"),
                roles("The talks were led by former special envoy to Sudan Colin Varga.", "Colin Varga"));
        assertEquals(List.of("ambassador to the African Union"),
                roles("She met the ambassador to the African Union Ruth Amsel.", "Ruth Amsel"));
    }

    @Test
    void theAgeBetweenNameAndAppositionIsSkipped() {
        assertEquals(List.of("professor at Delft University"),
                roles("Hana Broek, 52, a professor at Delft University, said the data was clear.", "Hana Broek"));
    }

    @Test
    void anOccupationBeforeTheNameIsTheRoleNotPartOfTheName() {
        List<Entity> entities = read("\"Demand is cooling,\" said analyst Tom Becker, and senior economist "
                + "Lee Park of Ridgeline Bank agreed.");
        assertEquals(List.of("analyst"), List.copyOf(entity(entities, EntityType.PERSON, "Tom Becker").roles()));
        assertEquals(List.of("senior economist"),
                List.copyOf(entity(entities, EntityType.PERSON, "Lee Park").roles()));
        entity(entities, EntityType.ORGANIZATION, "Ridgeline Bank");
    }

    @Test
    void aRoleAfterADeterminerThenTheNameBetweenCommas() {
        assertEquals(List.of("chief executive"),
                roles("Kestrel Robotics said its chief executive, Mara Lindgren, would step down.", "Mara Lindgren"));
    }

    @Test
    void aListAfterACommaIsNoRole() {
        List<Entity> entities = read("He thanked the ministers, Ana Ruiz and Pablo Mera.");
        assertTrue(entity(entities, EntityType.PERSON, "Ana Ruiz").roles().isEmpty());
    }
}
