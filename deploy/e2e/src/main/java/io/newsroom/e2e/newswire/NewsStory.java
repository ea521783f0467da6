package io.newsroom.e2e.newswire;

/** One generated article and the facts a correct extraction must find in it. */
public record NewsStory(String externalId, String content, String publishedAt, String town, String official,
                        String officialRole, String critic, String outlet) {
}
