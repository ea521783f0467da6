package io.newsroom.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An outlet an article cites ("per Reuters"), normalized for source searches. */
@Entity
@Table(name = "cited_sources")
public class CitedSource extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "entity_ref")
    public String entityRef;

    @Column(name = "mention_count", nullable = false)
    public int mentionCount;
}
