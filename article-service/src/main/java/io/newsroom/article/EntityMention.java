package io.newsroom.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/** One entity of an article's extraction, normalized so that entity searches use an index. */
@Entity
@Table(name = "entity_mentions")
public class EntityMention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "entity_ref")
    public String entityRef;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> roles;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> aliases;

    /** Lower-cased name and aliases. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_keys", columnDefinition = "text[]", nullable = false)
    public List<String> searchKeys;

    @Column(name = "mention_count", nullable = false)
    public int mentionCount;
}
