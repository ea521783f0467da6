package io.newsroom.extraction.engine.entities;

/** The single-word lists of the entity lexicon, each loaded from its own resource file. */
enum WordClass {
    GIVEN_NAME("given-names.txt"),
    SURNAME("surnames.txt"),
    COMMON_WORD("common-words.txt"),
    ORGANISATION_HEAD("organization-heads.txt"),
    DEMONYM_KEEPING_HEAD("demonym-keeping-heads.txt"),
    LOCATION_HEAD("location-heads.txt"),
    OCCUPATION("occupations.txt"),
    EVENT_HEAD("event-heads.txt"),
    LEGAL_SUFFIX("legal-suffixes.txt"),
    ORGANISATION_DESCRIPTOR("organization-descriptors.txt"),
    PLACE_NOUN("place-nouns.txt"),
    /** Nouns after a name that say what kind of place it is: "the Riverside district". */
    PLACE_KIND("place-kinds.txt"),
    /** Fields of government ("transport", "health") that turn a following title word into an office. */
    PORTFOLIO("portfolios.txt"),
    /** ISO 4217 currency codes ("JPY", "XAG"), never entities. */
    CURRENCY_CODE("currency-codes.txt"),
    /** Nouns that after a name, or its possessive, mark it as a company: "Kestrel chairman", "Drammel 's output". */
    COMPANY_NOUN("company-nouns.txt"),
    /** Words that qualify a role noun without changing what it says of the name: "general manager", "former". */
    ROLE_MODIFIER("role-modifiers.txt"),
    /** Particles inside personal names ("van", "bin"). */
    NAME_PARTICLE("name-particles.txt"),
    /** Verbs after an unknown name that make it a person ("said", "scored"). */
    PERSON_VERB("person-verbs.txt"),
    /** Place heads that are also family names ("Hall", "Ford"). */
    SURNAME_HEAD("surname-heads.txt"),
    /** Compass and position words opening place names ("North", "Greater"). */
    COMPASS_WORD("compass-words.txt"),
    /** Words that mark a sports page. */
    SPORTS_WORD("sports-words.txt"),
    /** Words after a town that make it a team ("beat", "coach"). */
    TEAM_WORD_AFTER("team-words-after.txt"),
    /** Words before a town that make it a team ("against"). */
    TEAM_WORD_BEFORE("team-words-before.txt"),
    /** Words before a town that keep it a place on a sports page ("at"). */
    SPORTS_PLACE_WORD("sports-place-words.txt"),
    /** Words and marks that end an apposition after a name. */
    CLAUSE_END("clause-ends.txt"),
    /** Office words after a field of government ("Secretary", "Minister"). */
    OFFICE_HEAD("office-heads.txt"),
    /** Every word of every title phrase ("vice", "president", "state"), filled from {@code titles.txt}. */
    TITLE_WORD(null);

    final String resource;

    WordClass(String resource) {
        this.resource = resource;
    }
}
