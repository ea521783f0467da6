package io.newsroom.article.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.article.service.ArticleProblem;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The `fields` of a listing: which of a list item's fields to return; `id` is always returned. */
final class ListFields {

    /** Every field of a list item: those of the article view but its content and the submission's duplicate flag. */
    static final List<String> NAMES = Arrays.stream(ArticleView.class.getRecordComponents()).map(RecordComponent::getName)
            .filter(name -> !name.equals("content") && !name.equals("duplicate")).toList();

    private final Set<String> names;

    private ListFields(Set<String> names) {
        this.names = names;
    }

    /** null (every field) when fields is absent; a 400 problem for an unknown name. */
    static ListFields parse(String fields) {
        if (fields == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add("id");
        for (String name : fields.split(",")) {
            String field = name.strip();
            if (field.isEmpty()) {
                continue;
            }
            if (!NAMES.contains(field)) {
                throw ArticleProblem.badRequest("fields: '" + field + "' is not a field of a list item; they are "
                        + String.join(", ", NAMES));
            }
            names.add(field);
        }
        return new ListFields(names);
    }

    /** The view with only the chosen fields (those that have a value). */
    ObjectNode trim(ObjectMapper mapper, ArticleView view) {
        ObjectNode item = mapper.valueToTree(view);
        item.retain(names);
        return item;
    }
}
