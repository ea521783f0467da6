package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.find;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Companies are typed by what news says only of companies, and codes in capitals are no entities. */
class OrganisationContextTest {

    private static void company(List<Entity> entities, String name) {
        entity(entities, EntityType.ORGANIZATION, name);
        assertTrue(find(entities, EntityType.PERSON, name).isEmpty(), () -> name + " read as a person");
        assertTrue(find(entities, EntityType.LOCATION, name).isEmpty(), () -> name + " read as a place");
    }

    @Test
    void whatACompanyIssuesOwnsOrEmploysNamesItAfterOf() {
        List<Entity> entities = read("Two executives of Veltra Medica were charged, and Orsen Foods became a subsidiary of "
                + "Torvane Ilsby.");
        company(entities, "Veltra Medica");
        company(entities, "Torvane Ilsby");
    }

    @Test
    void aRoleNounRightAfterAnUnknownNameMakesItACompany() {
        List<Entity> entities = read("Investors cheered when Quorvex chairman Ed Moss resigned, and Talbrin "
                + "general manager Ivo Sand followed.");
        company(entities, "Quorvex");
        company(entities, "Talbrin");
        entity(entities, EntityType.PERSON, "Ed Moss");
    }

    @Test
    void thePossessiveOfBusinessNounsMakesACompany() {
        List<Entity> entities = read("Analysts expect Drammel 's half-year profit to fall.");
        company(entities, "Drammel");
    }

    @Test
    void aStatementSharesOfAndBasedMarkACompany() {
        List<Entity> entities = read("Quillfin said in a statement it would hire 200 people. Shares of Ostrava "
                + "rose, and the Boston-based start-up Pellorin raised $5 million.");
        company(entities, "Quillfin");
        company(entities, "Ostrava");
        company(entities, "Pellorin");
    }

    @Test
    void aPersonWhoSaidItIsStillAPerson() {
        List<Entity> entities = read("Mara Lindgren said it would take a year.");
        entity(entities, EntityType.PERSON, "Mara Lindgren");
    }

    @Test
    void currencyCodesAndTickersAreNoEntities() {
        List<Entity> entities = read("Silver ( XAG ) rose while the yen ( JPY ) fell and Vodafone ( VOD.L ) "
                + "was flat; the DKK firmed.");
        assertTrue(entities.stream().noneMatch(e -> e.isCalled("XAG") || e.isCalled("JPY")
                || e.isCalled("VOD.L") || e.isCalled("DKK")), () -> entities.toString());
    }

    @Test
    void anAcronymInBracketsAfterAnOrganisationIsThatOrganisation() {
        List<Entity> entities = read("The Harbour Pilots Association ( HPA ) called a strike. HPA said talks "
                + "had failed.");
        company(entities, "HPA");
    }

    @Test
    void aNestedNameStaysWhole() {
        List<Entity> entities = read("He was held at the Metropolitan Detention Center before the House "
                + "Appropriations Committee heard his case.");
        entity(entities, EntityType.ORGANIZATION, "Metropolitan Detention Center");
        entity(entities, EntityType.ORGANIZATION, "House Appropriations Committee");
    }

    @Test
    void anAcronymMaySkipSomeInitialsOfItsOrganisation() {
        List<Entity> entities = read("Trading on the Nordic Grain and Oilseed Exchange ( NGOX ) was thin. NGOX "
                + "closed early.");
        company(entities, "NGOX");
    }

    @Test
    void aKnownPlaceCutByAnAdjectiveBuiltOnItNamesNoOne() {
        List<Entity> entities = read("The deal was struck with a Hong Kong-based group on Monday.");
        assertTrue(entities.stream().noneMatch(e -> e.isCalled("Hong")), () -> entities.toString());
    }

    @Test
    void aDescriptorAfterTheNameSaysItIsAnOrganisation() {
        List<Entity> entities = read("The story ran in the Morvenpost newspaper, and a Dravik Front member was "
                + "arrested.");
        company(entities, "Morvenpost");
    }

    @Test
    void aNameBeforeACountryIsAnOrganisationNamedAfterIt() {
        List<Entity> entities = read("Figures from Statistics Ruritania and Atlas Peru were released, and "
                + "Tony Jordan commented.");
        company(entities, "Atlas Peru");
        entity(entities, EntityType.PERSON, "Tony Jordan");
    }

    @Test
    void aCompanyIsLaterNamedByTheFirstWordOfItsName() {
        List<Entity> entities = read("Brennick Bancorp Inc. agreed to buy a rival. Analysts said Brennick "
                + "paid too much.");
        company(entities, "Brennick");
    }
}
