package io.newsroom.extraction.engine.sources;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.EntityType;
import io.newsroom.extraction.engine.model.Mention;
import io.newsroom.extraction.engine.model.SourceCitation;
import io.newsroom.extraction.engine.sources.OutletCitationScanner.OutletCitation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the outlets and agencies the article cites as its sources ("per Reuters", "CNN reported"). */
public final class SourceCitationFinder {

    private final OutletCitationScanner scanner = new OutletCitationScanner(NewsOutletLexicon.instance());

    /** The outlets the text cites, each with its mentions and the organisation entity it is, in order of first citation. */
    public List<SourceCitation> find(String text, List<Entity> entities) {
        Map<String, List<Mention>> mentionsByName = new LinkedHashMap<>();
        for (OutletCitation citation : scanner.find(text, 0, text.length())) {
            mentionsByName.computeIfAbsent(citation.name(), k -> new ArrayList<>())
                    .add(new Mention(citation.start(), citation.end(), text.substring(citation.start(), citation.end())));
        }
        List<SourceCitation> sources = new ArrayList<>(mentionsByName.size());
        mentionsByName.forEach((name, mentions) ->
                sources.add(new SourceCitation(name, organisationId(entities, name), List.copyOf(mentions))));
        return sources;
    }

    /** The id of the organisation entity called by this outlet's name or one of its aliases, or null. */
    static String organisationId(List<Entity> entities, String outlet) {
        NewsOutletLexicon lexicon = NewsOutletLexicon.instance();
        for (Entity entity : entities) {
            if (entity.type() != EntityType.ORGANIZATION) {
                continue;
            }
            if (entity.isCalled(outlet) || outlet.equals(lexicon.canonical(entity.name()))) {
                return entity.id();
            }
            for (String alias : entity.aliases()) {
                if (outlet.equals(lexicon.canonical(alias))) {
                    return entity.id();
                }
            }
        }
        return null;
    }
}
