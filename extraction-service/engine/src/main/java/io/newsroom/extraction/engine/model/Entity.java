package io.newsroom.extraction.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One real-world thing the article mentions, with every surface form merged into it.
 * Mutable while the stage that makes it runs (mentions and aliases), and copied by the one that adds roles.
 */
public final class Entity {

    private final String id;
    private EntityType type;
    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private final List<Mention> mentions = new ArrayList<>();

    public Entity(String id, EntityType type, String name) {
        this.id = id;
        this.type = type;
        this.name = name;
    }

    /** A copy that a later stage may add to while this entity stays as an earlier stage left it. */
    public Entity copy() {
        Entity copy = new Entity(id, type, name);
        copy.aliases.addAll(aliases);
        copy.roles.addAll(roles);
        copy.mentions.addAll(mentions);
        return copy;
    }

    public String id() {
        return id;
    }

    public EntityType type() {
        return type;
    }

    public void type(EntityType type) {
        this.type = type;
    }

    public String name() {
        return name;
    }

    public void name(String name) {
        this.name = name;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public Set<String> roles() {
        return roles;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** True when {@code surface} is this entity's name or one of its aliases, ignoring case. */
    public boolean isCalled(String surface) {
        if (name.equalsIgnoreCase(surface)) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(surface)) {
                return true;
            }
        }
        return false;
    }
}
