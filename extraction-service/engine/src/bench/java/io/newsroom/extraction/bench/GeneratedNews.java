package io.newsroom.extraction.bench;

import java.util.Random;

/** News-like text made up from templates, so the benchmark needs no corpus: names, places, quotes, dates, amounts. */
final class GeneratedNews {

    private static final String[] PEOPLE = {"Lena Ortiz", "Marcus Feld", "Amina Diallo", "Tomas Reyes",
            "Hana Sato", "Pavel Novak", "Grace Whitman", "Omar Haddad"};
    private static final String[] ROLES = {"Foreign Minister", "Mayor", "Senator", "Prime Minister",
            "central bank governor", "union leader", "spokesperson for the ministry", "President"};
    private static final String[] PLACES = {"Riverton", "Port Alden", "Brussels", "Nairobi", "Lisbon", "Seoul",
            "Kyiv", "Ottawa"};
    private static final String[] OUTLETS = {"Reuters", "the Associated Press", "Coastal Wire", "the Daily Ledger"};
    private static final String[] DAYS = {"Monday", "Tuesday", "last week", "on Sunday", "March 18", "this year"};
    private static final String[] TEMPLATES = {
        "%1$s %2$s met officials in %3$s on %4$s to discuss the ceasefire talks, %5$s reported.",
        "\"We will not accept a deal that ignores the people of %3$s,\" %2$s said, according to %5$s.",
        "The agreement would release %6$,d prisoners of war and commit $%7$d billion to reconstruction.",
        "Prices rose %8$d percent in %3$s %4$s, the highest level since the storm closed the harbour.",
        "%2$s told reporters that the government was ready to negotiate but would defend its interests.",
        "Analysts in %3$s said the sanctions had cut exports by about a third, per %5$s.",
        "Shortly before the vote, %1$s %2$s warned that \"time is running out for a peaceful solution.\"",
        "Between %8$d and %9$d workers joined the protest outside the parliament in %3$s on %4$s.",
    };

    /** Many people: every given name with every family name of {@link #PEOPLE}, so that a long text names hundreds. */
    static String[] crowd() {
        String[] crowd = new String[PEOPLE.length * PEOPLE.length];
        for (int i = 0; i < crowd.length; i++) {
            crowd[i] = PEOPLE[i / PEOPLE.length].split(" ")[0] + " " + PEOPLE[i % PEOPLE.length].split(" ")[1];
        }
        return crowd;
    }

    private GeneratedNews() {
    }

    static String sentence(Random random) {
        return sentence(random, PEOPLE);
    }

    /** A sentence naming one of {@code people}. */
    static String sentence(Random random, String[] people) {
        return String.format(java.util.Locale.ROOT, TEMPLATES[random.nextInt(TEMPLATES.length)],
                ROLES[random.nextInt(ROLES.length)], people[random.nextInt(people.length)],
                PLACES[random.nextInt(PLACES.length)], DAYS[random.nextInt(DAYS.length)],
                OUTLETS[random.nextInt(OUTLETS.length)], 100 + random.nextInt(5000), 1 + random.nextInt(90),
                1 + random.nextInt(40), 41 + random.nextInt(900));
    }

    /** A plain-text page copy of about {@code size} characters: section, title, dateline, then paragraphs. */
    static String plainArticle(Random random, int size) {
        return plainArticle(random, size, PEOPLE);
    }

    /** The same, naming {@code people}. */
    static String plainArticle(Random random, int size, String[] people) {
        StringBuilder out = new StringBuilder(size + 256);
        out.append("WORLD / EUROPE\n").append("Leaders meet in ").append(PLACES[random.nextInt(PLACES.length)])
                .append(" as talks resume\nPublished: May 20, 2025 12:02 AM\n\n");
        while (out.length() < size) {
            for (int s = 1 + random.nextInt(3); s > 0; s--) {
                out.append(sentence(random, people)).append(' ');
            }
            out.setLength(out.length() - 1);
            out.append("\n\n");
        }
        return out.toString();
    }

    /** An HTML page of about {@code size} characters with navigation, an article and a footer. */
    static String htmlPage(Random random, int size) {
        return htmlPage(random, size, PEOPLE);
    }

    /** The same, naming {@code people}. */
    static String htmlPage(Random random, int size, String[] people) {
        StringBuilder out = new StringBuilder(size + 512);
        out.append("<!DOCTYPE html><html lang=\"en\"><head><title>Talks resume</title>")
                .append("<meta property=\"article:published_time\" content=\"2025-05-20T00:02:00Z\"></head><body>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Talks resume</h1>");
        String footer = "</article><footer>Copyright Riverton Media</footer></body></html>";
        while (out.length() + footer.length() < size) {
            out.append("<p>").append(sentence(random, people)).append("</p>\n");
        }
        return out.append(footer).toString();
    }
}
