package io.newsroom.article.stories;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Story grouping settings (newsroom.stories.*). */
@ConfigMapping(prefix = "newsroom.stories")
public interface StoriesConfig {

    /** Groups, in the background at start-up, the articles extracted before stories existed (V9). */
    @WithDefault("true")
    boolean backfillOnStart();
}
