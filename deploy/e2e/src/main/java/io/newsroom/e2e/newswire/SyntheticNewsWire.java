package io.newsroom.e2e.newswire;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes invented news articles, every one different (the suite stores equal content once per tenant), with
 * people in roles, direct quotes, a cited outlet and relative dates. Names are built from syllables so a run's
 * people and town are its own: queries by entity find exactly the run's articles.
 */
public final class SyntheticNewsWire {

    private static final String[] SYLLABLES = {"var", "len", "mor", "tal", "dri", "ko", "sa", "ben", "lu", "ra",
            "vik", "to", "nes", "hal", "ori", "pel", "zan", "qui", "der", "mon"};
    private static final String[] FIRST_NAMES = {"Helena", "Tomas", "Priya", "Marcus", "Ingrid", "Samuel", "Lucia",
            "Daniel", "Amara", "Jonas", "Elena", "Victor"};
    private static final String[] ROLES = {"Mayor", "Finance Minister", "Health Minister", "Police Chief",
            "Governor", "Transport Secretary"};
    private static final List<String> OUTLETS = List.of("Reuters", "Associated Press", "Agence France-Presse", "Bloomberg");
    private static final String[] TOPICS = {"a flood barrier", "a new tram line", "the hospital budget",
            "a port expansion", "school repairs", "a wind farm"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private final Random random;
    private final String runId;
    private final String town;
    private long sequence;

    public SyntheticNewsWire(long seed) {
        this.random = new Random(seed);
        this.runId = Long.toString(Math.abs(seed) % 1_000_000_000L, 36);
        this.town = capitalized(word(3));
    }

    public String runId() {
        return runId;
    }

    public String town() {
        return town;
    }

    public NewsStory next() {
        return next(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300)));
    }

    public NewsStory next(LocalDate published) {
        return next(published, OUTLETS.get(random.nextInt(OUTLETS.size())));
    }

    public NewsStory next(LocalDate published, String outlet) {
        long number = ++sequence;
        String official = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + capitalized(word(3));
        String critic = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + capitalized(word(3));
        String role = ROLES[random.nextInt(ROLES.length)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String weekday = WEEKDAYS[random.nextInt(WEEKDAYS.length)];
        int amount = 10 + random.nextInt(990);
        String officialSurname = official.substring(official.indexOf(' ') + 1);
        String criticSurname = critic.substring(critic.indexOf(' ') + 1);
        String content = """
                %s approves %s after long debate

                %s's council on %s approved %s worth %d million dollars, its decision no. %d this year.

                %s %s, who has backed the plan since last year, called the vote a turning point. "We cannot wait \
                another winter for this," %s said after the session. "Families here deserve it now."

                Council member %s voted against the plan. "The numbers do not add up, and the people of %s will pay \
                for it," %s said on %s.

                %s reported last week that the national government could cover part of the cost, according to two \
                officials familiar with the talks. Work is expected to start in September 2026.
                """.formatted(town, topic, town, weekday, topic, amount, number,
                role, official, officialSurname,
                critic, town, criticSurname, weekday,
                outlet);
        return new NewsStory("e2e-" + runId + "-" + number, content, published + "T09:00:00Z", town, official, role,
                critic, outlet);
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
