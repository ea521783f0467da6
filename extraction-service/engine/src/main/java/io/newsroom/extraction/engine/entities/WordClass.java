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
    /** Fields of government ("transport", "health") that turn a following title word into an office. */
    PORTFOLIO("portfolios.txt"),
    /** ISO 4217 currency codes ("JPY", "XAG"), never entities. */
    CURRENCY_CODE("currency-codes.txt"),
    /** Nouns that after a name, or its possessive, mark it as a company: "Kestrel chairman", "Comelf 's output". */
    COMPANY_NOUN("company-nouns.txt"),
    /** Words that qualify a role noun without changing what it says of the name: "general manager", "former". */
    ROLE_MODIFIER("role-modifiers.txt"),
    /** Every word of every title phrase ("vice", "president", "state"), filled from {@code titles.txt}. */
    TITLE_WORD(null);

    final String resource;

    WordClass(String resource) {
        this.resource = resource;
    }
}
