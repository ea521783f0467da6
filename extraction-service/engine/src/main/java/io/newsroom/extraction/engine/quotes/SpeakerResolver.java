package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.sources.NewsOutletLexicon;
import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a speaker phrase into the speaker's name and entity: a surname becomes the full name the article used
 * earlier, "he" or "she" the last person quoted, "the Italian Prime Minister" the person holding that role.
 * Reads the article's entities when the recogniser found them and the text itself when it did not.
 */
final class SpeakerResolver {

    /**
     * The speaker as a quote names them ({@code name}), the entity they are ({@code id}) and that entity's name
     * ({@code referent}): "the mayor" stays the mayor on the quote and points at the person the article named.
     */
    record Speaker(String name, String id, boolean person, String referent) {

        Speaker(String name, String id, boolean person) {
            this(name, id, person, name);
        }

        /** The speaker a later "he" or "she" points back to: the entity's name, not the descriptor. */
        Speaker asReferent() {
            return new Speaker(referent, id, person);
        }
    }

    private static final Set<String> TITLES = new HashSet<>(Lexicon.lines(SpeakerResolver.class, "speaker-titles.txt"));
    private static final int MAX_GIVEN_NAMES = 3;
    private static final int UNFITTING_REACH = 1000;
    private static final Map<String, String> ABBREVIATED = Lexicon.map(SpeakerResolver.class, "office-abbreviations.txt");

    private final List<Entity> entities;
    private final TokenizedText doc;
    private final Map<String, String> fullNames = new HashMap<>();
    private final TreeMap<Integer, Speaker> personsByPosition = new TreeMap<>();
    private final TreeMap<Integer, Speaker> speakersByPosition = new TreeMap<>();

    SpeakerResolver(List<Entity> entities, TokenizedText doc) {
        this.entities = entities;
        this.doc = doc;
    }

    Speaker resolve(Attribution attribution, int position) {
        SpeakerPhrase phrase = SpeakerPhrase.read(doc, attribution.subjectStart(), attribution.subjectEnd());
        if (phrase == null) {
            return null;
        }
        Speaker speaker = switch (phrase.kind()) {
            case PRONOUN -> pronoun(phrase.name(), position);
            case OUTLET -> new Speaker(phrase.name(), entityId(phrase.name(), EntityType.ORGANIZATION), false);
            case PERSON_NAME -> named(phrase.name());
            case DESCRIPTION -> described(phrase.name());
            case PERSON_DESCRIPTOR -> referredTo(phrase.name(), EntityType.PERSON, position);
            case BODY_DESCRIPTOR -> referredTo(phrase.name(), EntityType.ORGANIZATION, position);
            case ISSUER -> issuer(phrase.name());
        };
        if (speaker != null) {
            speakersByPosition.put(position, speaker);
            if (speaker.person()) {
                personsByPosition.put(position, speaker.asReferent());
            }
        }
        return speaker;
    }

    /** The speaker of a quotation that carries on without an attribution of its own. */
    Speaker continuing(int position) {
        Map.Entry<Integer, Speaker> last = speakersByPosition.lowerEntry(position);
        return last == null ? null : last.getValue();
    }

    private Speaker pronoun(String pronoun, int position) {
        if (!pronoun.equals("he") && !pronoun.equals("she")) {
            return null;
        }
        Entity nearest = null;
        int nearestStart = -1;
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                if (mention.start() < position && mention.start() > nearestStart) {
                    nearest = entity;
                    nearestStart = mention.start();
                }
            }
        }
        Map.Entry<Integer, Speaker> last = personsByPosition.lowerEntry(position);
        if (nearest != null && (last == null || last.getKey() < nearestStart)) {
            return new Speaker(nearest.name(), nearest.id(), true);
        }
        return last == null ? null : last.getValue();
    }

    private Speaker named(String name) {
        Entity entity = entityCalled(name, EntityType.PERSON);
        if (entity == null) {
            entity = entityCalled(name, null);
        }
        if (entity == null) {
            entity = entityCalled(SpeakerPhrase.withoutRole(name, 1), EntityType.PERSON);
        }
        if (entity == null && !name.isEmpty() && Character.isLowerCase(name.charAt(0)) && name.indexOf(' ') > 0) {
            // "de Vries said": the surname's particle is written, the entity may know the person by "Vries" alone
            entity = entityCalled(name.substring(name.lastIndexOf(' ') + 1), EntityType.PERSON);
        }
        if (entity != null) {
            boolean person = entity.type() == EntityType.PERSON;
            return new Speaker(person ? SpeakerPhrase.withoutRole(entity.name(), 2) : entity.name(), entity.id(), person);
        }
        String full = name.indexOf(' ') < 0 ? fullNames.computeIfAbsent(name, n -> fullName(doc, n)) : name;
        return new Speaker(full, null, true);
    }

    /** "the Italian Prime Minister": the description as written, pointing at the entity holding that role. */
    private Speaker described(String description) {
        for (Entity entity : entities) {
            for (String role : entity.roles()) {
                if (role.equalsIgnoreCase(description)) {
                    return referringTo(description, entity);
                }
            }
        }
        return new Speaker(description, null, false);
    }

    /**
     * "the mayor" / "the company": the entity of that type named last before {@code position} whose roles or name
     * hold the descriptor's head, else one named shortly before with no other role; the description alone when none is.
     */
    private Speaker referredTo(String description, EntityType type, int position) {
        Speaker byRole = described(description);
        if (byRole.id() != null) {
            return byRole;
        }
        String head = description.substring(description.lastIndexOf(' ') + 1);
        Entity latest = null;
        int latestAt = -1;
        Entity latestFitting = null;
        int latestFittingAt = -1;
        for (Entity entity : entities) {
            if (entity.type() != type || type == EntityType.ORGANIZATION && NewsOutletLexicon.instance().canonical(entity.name()) != null) {
                continue;
            }
            int at = lastMentionBefore(entity, position);
            if (at > latestAt && at >= position - UNFITTING_REACH && !holdsAnOffice(entity)) {
                latest = entity;
                latestAt = at;
            }
            if (at > latestFittingAt && fits(entity, head)) {
                latestFitting = entity;
                latestFittingAt = at;
            }
        }
        Entity chosen = latestFitting != null ? latestFitting : latest;
        return chosen == null ? byRole : referringTo(description, chosen);
    }

    /** A descriptor stays on the quote as written (news names the speaker so) and resolves through the entity id. */
    private static Speaker referringTo(String description, Entity entity) {
        boolean person = entity.type() == EntityType.PERSON;
        return new Speaker(description, entity.id(), person, person ? SpeakerPhrase.withoutRole(entity.name(), 2) : entity.name());
    }

    private static int lastMentionBefore(Entity entity, int position) {
        int last = -1;
        for (Mention mention : entity.mentions()) {
            if (mention.start() < position) {
                last = Math.max(last, mention.start());
            }
        }
        return last;
    }

    private static boolean fits(Entity entity, String head) {
        if (containsWord(entity.name(), head)) {
            return true;
        }
        for (String role : entity.roles()) {
            if (containsWord(role, head)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String phrase, String word) {
        for (String part : phrase.split("[\\s-]+")) {
            if (part.equalsIgnoreCase(word) || word.equals(ABBREVIATED.get(part))) {
                return true;
            }
        }
        return false;
    }

    /** A person recorded with an office ("Vermont Sen.") is not "the mayor" unless that office is mayor. */
    private static boolean holdsAnOffice(Entity entity) {
        for (String role : entity.roles()) {
            for (String part : role.split("[\\s-]+")) {
                if (SpeakerPhrase.isOffice(part) || ABBREVIATED.containsKey(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "a White House statement": the issuer's entity when the article names it, else the issuer as written. */
    private Speaker issuer(String name) {
        Entity entity = entityCalled(name, null);
        return entity == null ? new Speaker(name, null, false) : new Speaker(entity.name(), entity.id(), entity.type() == EntityType.PERSON);
    }

    private Entity entityCalled(String name, EntityType type) {
        for (Entity entity : entities) {
            if ((type == null || entity.type() == type) && (entity.isCalled(name)
                    || entity.type() == EntityType.PERSON && SpeakerPhrase.withoutRole(entity.name(), 2).equals(name))) {
                return entity;
            }
        }
        return null;
    }

    private String entityId(String name, EntityType type) {
        Entity entity = entityCalled(name, type);
        return entity == null ? null : entity.id();
    }

    /** "Trump" is "Donald Trump" when the article wrote the given name before the surname somewhere. */
    static String fullName(TokenizedText doc, String surname) {
        String text = doc.text();
        String best = surname;
        int from = 0;
        while (true) {
            int at = text.indexOf(surname, from);
            if (at < 0) {
                return best;
            }
            from = at + surname.length();
            if (from < text.length() && Character.isLetterOrDigit(text.charAt(from))) {
                continue;
            }
            List<Token> before = doc.between(Math.max(0, at - 60), at);
            int k = before.size();
            int given = 0;
            while (k - 1 >= 0 && given < MAX_GIVEN_NAMES && before.get(k - 1).isWord() && before.get(k - 1).isCapitalized()
                    && !TITLES.contains(before.get(k - 1).text()) && !SpeakerPhrase.isLeading(before.get(k - 1)) && adjacent(text, before.get(k - 1), k == before.size() ? at : before.get(k).start())) {
                k--;
                given++;
            }
            if (given > 0 && k < before.size()) {
                String candidate = text.substring(before.get(k).start(), at + surname.length());
                if (!candidate.contains("\n")) {
                    return SpeakerPhrase.withoutRole(candidate, 2);
                }
            }
            if (best.equals(surname)) {
                best = givenNameAfter(doc, surname, at);
            }
        }
    }

    /** "Mao Ning": names written family name first. */
    private static String givenNameAfter(TokenizedText doc, String surname, int at) {
        String text = doc.text();
        int end = at + surname.length();
        if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) {
            List<Token> after = doc.between(end, Math.min(text.length(), end + 30));
            if (!after.isEmpty() && after.get(0).isWord() && !TITLES.contains(after.get(0).text())
                    && after.get(0).text().indexOf('\'') < 0 && after.get(0).text().indexOf('\u2019') < 0
                    && (after.size() < 2 || !after.get(1).isPossessive() && (!after.get(1).isWord() || !after.get(1).isCapitalized()))) {
                return text.substring(at, after.get(0).end());
            }
        }
        return surname;
    }

    private static boolean adjacent(String text, Token word, int next) {
        return next - word.end() == 1 && text.charAt(word.end()) == ' ';
    }
}
