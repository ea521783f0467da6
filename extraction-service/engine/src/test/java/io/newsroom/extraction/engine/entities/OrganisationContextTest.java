package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.model.EntityType;
import org.junit.jupiter.api.Test;

import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.entity;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.find;
import static io.newsroom.extraction.engine.entities.EntityRecognizerTest.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Companies are typed by what news says only of companies, and codes in capitals are no entities. */
class OrganisationContextTest {

    private static void company(ArticleAnalysis analysis, String name) {
        entity(analysis, EntityType.ORGANIZATION, name);
        assertTrue(find(analysis, EntityType.PERSON, name).isEmpty(), () -> name + " read as a person");
        assertTrue(find(analysis, EntityType.LOCATION, name).isEmpty(), () -> name + " read as a place");
    }

    @Test
    void aRoleNounRightAfterAnUnknownNameMakesItACompany() {
        ArticleAnalysis analysis = read("Investors cheered when Quorvex chairman Ed Moss resigned, and Talbrin "
                + "general manager Ivo Sand followed.");
        company(analysis, "Quorvex");
        company(analysis, "Talbrin");
        entity(analysis, EntityType.PERSON, "Ed Moss");
    }

    @Test
    void thePossessiveOfBusinessNounsMakesACompany() {
        ArticleAnalysis analysis = read("Analysts expect Drammel 's half-year profit to fall.");
        company(analysis, "Drammel");
    }

    @Test
    void aStatementSharesOfAndBasedMarkACompany() {
        ArticleAnalysis analysis = read("Quillfin said in a statement it would hire 200 people. Shares of Ostrava "
                + "rose, and the Boston-based start-up Pellorin raised $5 million.");
        company(analysis, "Quillfin");
        company(analysis, "Ostrava");
        company(analysis, "Pellorin");
    }

    @Test
    void aPersonWhoSaidItIsStillAPerson() {
        ArticleAnalysis analysis = read("Mara Lindgren said it would take a year.");
        entity(analysis, EntityType.PERSON, "Mara Lindgren");
    }

    @Test
    void currencyCodesAndTickersAreNoEntities() {
        ArticleAnalysis analysis = read("Silver ( XAG ) rose while the yen ( JPY ) fell and Vodafone ( VOD.L ) "
                + "was flat; the DKK firmed.");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.isCalled("XAG") || e.isCalled("JPY")
                || e.isCalled("VOD.L") || e.isCalled("DKK")), () -> analysis.entities.toString());
    }

    @Test
    void anAcronymInBracketsAfterAnOrganisationIsThatOrganisation() {
        ArticleAnalysis analysis = read("The Harbour Pilots Association ( HPA ) called a strike. HPA said talks "
                + "had failed.");
        company(analysis, "HPA");
    }

    @Test
    void aNestedNameStaysWhole() {
        ArticleAnalysis analysis = read("He was held at the Metropolitan Detention Center before the House "
                + "Appropriations Committee heard his case.");
        entity(analysis, EntityType.ORGANIZATION, "Metropolitan Detention Center");
        entity(analysis, EntityType.ORGANIZATION, "House Appropriations Committee");
    }

    @Test
    void anAcronymMaySkipSomeInitialsOfItsOrganisation() {
        ArticleAnalysis analysis = read("Trading on the Nordic Grain and Oilseed Exchange ( NGOX ) was thin. NGOX "
                + "closed early.");
        company(analysis, "NGOX");
    }

    @Test
    void aKnownPlaceCutByAnAdjectiveBuiltOnItNamesNoOne() {
        ArticleAnalysis analysis = read("The deal was struck with a Hong Kong-based group on Monday.");
        assertTrue(analysis.entities.stream().noneMatch(e -> e.isCalled("Hong")), () -> analysis.entities.toString());
    }

    @Test
    void aDescriptorAfterTheNameSaysItIsAnOrganisation() {
        ArticleAnalysis analysis = read("The story ran in the Morvenpost newspaper, and a Dravik Front member was "
                + "arrested.");
        company(analysis, "Morvenpost");
    }

    @Test
    void aNameBeforeACountryIsAnOrganisationNamedAfterIt() {
        ArticleAnalysis analysis = read("Figures from Statistics Ruritania and Atlas Peru were released, and "
                + "Tony Jordan commented.");
        company(analysis, "Atlas Peru");
        entity(analysis, EntityType.PERSON, "Tony Jordan");
    }

    @Test
    void aCompanyIsLaterNamedByTheFirstWordOfItsName() {
        ArticleAnalysis analysis = read("Brennick Bancorp Inc. agreed to buy a rival. Analysts said Brennick "
                + "paid too much.");
        company(analysis, "Brennick");
    }
}
