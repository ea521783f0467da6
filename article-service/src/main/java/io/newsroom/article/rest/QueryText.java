package io.newsroom.article.rest;

import io.newsroom.article.service.ArticleProblem;

/**
 * Text a client passes in a query parameter, checked before it reaches a query: PostgreSQL refuses NUL in text
 * (a 500 otherwise), and no name, word or cursor is longer than a few hundred characters.
 */
final class QueryText {

    static final int MAX_LENGTH = 1000;

    private QueryText() {
    }

    /** The stripped value, null when blank; a 400 problem for control characters or an absurd length. */
    static String of(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw ArticleProblem.badRequest(parameter + " is " + value.length() + " characters long; at most "
                    + MAX_LENGTH + " are accepted");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw ArticleProblem.badRequest(parameter + " contains the control character U+"
                        + String.format("%04X", (int) c) + " at position " + i);
            }
        }
        return value.strip();
    }
}
