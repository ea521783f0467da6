package io.newsroom.article.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * News-like texts for the story benchmark, from templates and word lists written here (no corpus text): a story is a
 * topic's sentences filled with its facts; its copies are the kinds of {@link Kind}; a hard negative is another story
 * of the same topic, place and organisation.
 */
final class NewsGenerator {

    enum Kind { ORIGINAL, CHROME, EDIT, SHORTENED, OUTLET, REWRITE, HARD_NEGATIVE }

    record Facts(int topic, String person, String rival, String city, String org, int number, int percent, String day) {
    }

    private static final String[] FIRST = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines",
            "Jonas", "Katya", "Lars", "Mira", "Nils", "Olga", "Pavel", "Rosa", "Sven", "Tomas", "Vera", "Yusuf", "Zofia"};
    private static final String[] LAST = {"Adler", "Brandt", "Castell", "Dorn", "Engel", "Falk", "Grau", "Holm", "Ivers",
            "Jansen", "Kessler", "Lind", "Moreau", "Nagel", "Ostrova", "Petrov", "Quist", "Rask", "Sorel", "Toft", "Varga"};
    private static final String[] CITIES = {"Marlow", "Kestrel Bay", "Dunmore", "Valderra", "Ostholm", "Brenfield",
            "Port Aven", "Ruskin", "Talbera", "Corvik", "Eastwick", "Lindau Falls", "Saltmere", "Norrby", "Grayhaven"};
    private static final String[] ORGS = {"the transport ministry", "the port authority", "the city council",
            "the central bank", "the teachers' union", "the health agency", "the energy regulator", "the farmers' league",
            "the rail operator", "the water board", "the football federation", "the space agency"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] OUTLETS = {"Northern Ledger", "Daily Courier", "Harbour Times", "Valley Post",
            "Morning Wire", "Capital Gazette", "Coast Herald", "Metro Bulletin"};

    /** Per topic: its nouns, then its verbs (past tense); sentences are composed from these and the patterns. */
    private static final String[][][] TOPICS = {
            {{"strike", "wages", "containers", "terminal", "dock workers", "shipping lines", "cranes", "cargo", "pay offer",
                    "contracts", "night shifts", "ferries", "warehouses", "lorries", "picket lines"},
                    {"blocked", "rejected", "delayed", "halted", "extended", "diverted", "suspended", "offered", "doubled",
                            "postponed", "opposed", "renegotiated"}},
            {{"flood", "river", "levees", "shelters", "sandbags", "rescue boats", "substations", "crops", "rainfall",
                    "bridges", "pumps", "evacuation orders", "insurance claims", "schools", "roads"},
                    {"flooded", "closed", "evacuated", "reinforced", "inspected", "opened", "swept away", "repaired",
                            "cut off", "damaged", "cleared", "monitored"}},
            {{"interest rate", "inflation", "mortgages", "currency", "bond yields", "bank shares", "savings",
                    "borrowing costs", "loans", "wages", "consumer prices", "budget", "forecasts", "deposits", "markets"},
                    {"raised", "lowered", "held", "warned about", "revised", "tightened", "eased", "pushed up", "cut",
                            "forecast", "defended", "questioned"}},
            {{"wildfire", "hectares", "helicopters", "firefighters", "villages", "smoke", "winds", "forest roads",
                    "water bombers", "farms", "power lines", "heatwave", "fire breaks", "arson inquiry", "sheep"},
                    {"burned", "threatened", "evacuated", "contained", "spread", "closed", "protected", "destroyed",
                            "reached", "doused", "patrolled", "lost"}},
            {{"tram line", "bus routes", "cycle lanes", "roadworks", "tickets", "commuters", "stations", "funding",
                    "timetables", "parking fees", "rail link", "depots", "hearing", "contractors", "fares"},
                    {"approved", "funded", "rerouted", "delayed", "extended", "scrapped", "announced", "tendered",
                            "opposed", "redesigned", "opened", "priced"}},
            {{"court", "ruling", "fine", "appeal", "competition law", "suppliers", "contracts", "prices", "lawyers",
                    "regulators", "shares", "damages", "hearing", "evidence", "verdict"},
                    {"upheld", "overturned", "ordered", "appealed", "fined", "challenged", "reviewed", "dismissed",
                            "settled", "filed", "postponed", "examined"}}};

    private static final String[] ADJECTIVES = {"new", "local", "higher", "emergency", "national", "regional", "early",
            "late", "temporary", "costly", "disputed", "urgent", "smaller", "larger", "final", "first", "second", "long",
            "short", "public", "private", "annual", "weekly", "record", "rare", "key", "major", "minor", "fresh", "main"};
    private static final String[] TIMES = {"on {D}", "late on {D}", "early on {D}", "this week", "last month",
            "by the evening", "overnight", "since {D}", "before noon", "after midnight"};
    private static final String[] SPEAKERS = {"{P}", "{R}", "{O}", "a spokesperson for {O}", "{P} of {O}",
            "officials in {C}", "residents of {C}", "{R}, an adviser,"};

    /** One sentence of the story: a pattern filled with its facts and words of its topic. */
    private String sentence(Facts facts) {
        String[][] topic = TOPICS[facts.topic()];
        String n1 = pick(topic[0]);
        String n2 = pick(topic[0]);
        String v = pick(topic[1]);
        String a = pick(ADJECTIVES);
        String speaker = pick(SPEAKERS);
        String time = pick(TIMES);
        String pattern = switch (random.nextInt(8)) {
            case 0 -> "%S %V the %A %N1 in {C} %T.";
            case 1 -> "%S said the %N1 would be %V by %X percent.";
            case 2 -> "About " + (10 + random.nextInt(900)) + " %N1 were %V %T, %S said.";
            case 3 -> "The %A %N1 %V the %N2 near {C}, according to %S.";
            case 4 -> "%S warned that %A %N1 and %N2 could be %V %T.";
            case 5 -> "In {C}, the %N1 was %V after %S %V the %A %N2.";
            case 6 -> "%S expects the %N1 to be %V within " + (2 + random.nextInt(20)) + " days.";
            default -> "Figures from %S show %N1 %V " + (1 + random.nextInt(60)) + " percent %T.";
        };
        String sentence = pattern.replace("%S", speaker).replace("%V", v).replace("%A", a).replace("%N1", n1)
                .replace("%N2", n2).replace("%T", time).replace("%X", Integer.toString(facts.percent()));
        sentence = fill(sentence, facts);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static final String[][] SYNONYMS = {{"said", "stated"}, {"about", "around"}, {"new", "fresh"},
            {"would", "will"}, {"people", "residents"}, {"began", "started"}, {"warned", "cautioned"}, {"expected", "forecast"},
            {"after", "following"}, {"near", "close to"}, {"more", "further"}, {"the", "this"}, {"on", "upon"},
            {"by", "through"}, {"were", "had been"}, {"also", "additionally"}, {"could", "might"}, {"before", "ahead of"}};

    private static final String[] CHROME = {"Share this article", "Advertisement", "Sign up for our morning newsletter",
            "Most read", "Comments are closed", "Follow us", "Listen to this story", "Photo: staff photographer",
            "Updated 2 hours ago", "Topics: news, region"};

    private final Random random;

    NewsGenerator(long seed) {
        random = new Random(seed);
    }

    Facts facts() {
        return new Facts(random.nextInt(TOPICS.length), person(), person(), pick(CITIES), pick(ORGS),
                50 + random.nextInt(5000), 2 + random.nextInt(40), pick(DAYS));
    }

    /** Another story of the same topic, place and organisation: other people, numbers and sentences. */
    Facts hardNegative(Facts of) {
        return new Facts(of.topic(), person(), person(), of.city(), of.org(), 50 + random.nextInt(5000),
                2 + random.nextInt(40), pick(DAYS));
    }

    /** A story's sentences: 9 to 14, each composed on its own. */
    List<String> story(Facts facts) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 9 + random.nextInt(6); i++) {
            sentences.add(sentence(facts));
        }
        return sentences;
    }

    String text(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    String variant(Kind kind, List<String> story, Facts facts) {
        List<String> sentences = new ArrayList<>(story);
        switch (kind) {
            case CHROME -> {
                // what an imperfect cleaner leaves of the page around the story
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    sentences.add(0, pick(CHROME) + ".");
                }
                sentences.add("Read more: " + sentence(facts()));
                sentences.add(pick(CHROME) + ".");
                sentences.add("Copyright " + pick(OUTLETS) + ".");
            }
            case EDIT -> {
                String text = text(sentences);
                String[] words = text.split(" ");
                for (int i = 0; i < 2; i++) {
                    words[random.nextInt(words.length)] = i == 0 ? "reportedly" : "officials";
                }
                return String.join(" ", words);
            }
            case SHORTENED -> sentences = new ArrayList<>(sentences.subList(0, Math.max(2,
                    (int) Math.round(sentences.size() * (0.4 + random.nextDouble() * 0.3)))));
            case OUTLET -> {
                sentences.set(0, facts.city().toUpperCase() + " (" + pick(OUTLETS) + ") - " + sentences.get(0));
                sentences.remove(1 + random.nextInt(sentences.size() - 1));
                sentences.add(sentence(facts));
                sentences.add("Reporting by " + person() + "; editing by " + person() + ".");
                sentences.replaceAll(s -> random.nextInt(3) == 0 ? s.replace(" said", " told reporters") : s);
            }
            case REWRITE -> {
                Collections.swap(sentences, 1 + random.nextInt(sentences.size() - 1), 1 + random.nextInt(sentences.size() - 1));
                sentences.remove(1 + random.nextInt(sentences.size() - 1));
                sentences.replaceAll(this::reworded);
            }
            default -> {
            }
        }
        return text(sentences);
    }

    /** About one word in eight replaced by a synonym. */
    private String reworded(String sentence) {
        String[] words = sentence.split(" ");
        for (int i = 0; i < words.length; i++) {
            for (String[] pair : SYNONYMS) {
                if (words[i].equals(pair[0]) && random.nextInt(2) == 0) {
                    words[i] = pair[1];
                }
            }
        }
        return String.join(" ", words);
    }

    private String fill(String template, Facts facts) {
        return template.replace("{P}", facts.person()).replace("{R}", facts.rival()).replace("{C}", facts.city())
                .replace("{O}", facts.org()).replace("{N}", Integer.toString(facts.number()))
                .replace("{X}", Integer.toString(facts.percent())).replace("{D}", facts.day());
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    Random random() {
        return random;
    }
}
