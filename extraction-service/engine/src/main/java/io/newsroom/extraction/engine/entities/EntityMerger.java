package io.newsroom.extraction.engine.entities;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups typed name spans into one entity per real-world thing: a surname joins the full name it belongs to, an
 * acronym joins the organisation it abbreviates, and every alias of a known name joins its canonical form.
 */
final class EntityMerger {

    private final String text;
    private final Token[] words;
    private final EntityLexicon lexicon;

    EntityMerger(String text, Token[] words, EntityLexicon lexicon) {
        this.text = text;
        this.words = words;
        this.lexicon = lexicon;
    }

    List<Entity> merge(List<NameSpan> spans) {
        Map<String, List<NameSpan>> groups = new LinkedHashMap<>();
        Map<String, String> surnames = new HashMap<>();
        Map<String, String> familyNamesFirst = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        Map<String, String> companies = new HashMap<>();
        for (NameSpan span : spans) {
            if (span.type == EntityType.PERSON && span.length() > 1) {
                surnames.put(words[span.to - 1].key(), groupKey(span));
                familyNamesFirst.putIfAbsent(words[span.from].key(), groupKey(span));
            } else if (span.type == EntityType.ORGANIZATION && span.length() > 1) {
                if (lexicon.is(WordClass.LEGAL_SUFFIX, words[span.to - 1].key())) {
                    companies.putIfAbsent(words[span.from].key(), groupKey(span));
                }
                String initials = initials(span);
                if (initials.length() > 1) {
                    acronyms.putIfAbsent(initials, groupKey(span));
                }
            }
        }
        for (NameSpan span : spans) {
            String group = groupKey(span);
            if (span.length() == 1 && span.canonical == null) {
                String key = span.key;
                if (span.type == EntityType.PERSON && surnames.containsKey(key)) {
                    group = surnames.get(key);
                } else if (span.type == EntityType.PERSON && familyNamesFirst.containsKey(key)) {
                    group = familyNamesFirst.get(key);
                } else if (span.type == EntityType.ORGANIZATION && words[span.from].isAllCaps()
                        && acronyms.containsKey(key)) {
                    group = acronyms.get(key);
                } else if (span.type == EntityType.ORGANIZATION && companies.containsKey(key)) {
                    group = companies.get(key);
                }
            }
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(span);
        }
        List<Entity> entities = new ArrayList<>(groups.size());
        for (List<NameSpan> group : groups.values()) {
            entities.add(entity(group, "e" + (entities.size() + 1)));
        }
        return entities;
    }

    private Entity entity(List<NameSpan> group, String id) {
        NameSpan first = group.get(0);
        String name = first.canonical;
        if (name == null) {
            String longest = "";
            for (NameSpan span : group) {
                String surface = surface(span);
                if (surface.length() > longest.length() || (surface.length() == longest.length()
                        && words[span.from].isAllCaps() && !surface.equals(longest))) {
                    longest = surface;
                }
            }
            name = longest;
        }
        Entity entity = new Entity(id, first.type, name);
        for (NameSpan span : group) {
            String surface = surface(span);
            entity.mentions().add(new Mention(words[span.from].start(), words[span.to - 1].end(), surface));
            if (!surface.equals(name)) {
                entity.aliases().add(surface);
            }
        }
        return entity;
    }

    private String groupKey(NameSpan span) {
        String name = span.canonical != null ? span.canonical.toLowerCase(java.util.Locale.ROOT) : span.key;
        return span.type + "|" + name;
    }

    private String surface(NameSpan span) {
        return text.substring(words[span.from].start(), words[span.to - 1].end());
    }

    private String initials(NameSpan span) {
        StringBuilder initials = new StringBuilder();
        for (int k = span.from; k < span.to; k++) {
            Token word = words[k];
            if (word.isCapitalized()) {
                initials.append(word.key().charAt(0));
            }
        }
        return initials.toString();
    }
}
