package io.newsroom.article.service;

import io.newsroom.article.Article;

import java.util.List;

/** One page of a listing; nextCursor is null on the last page. */
public record ArticlePage(List<Article> items, String nextCursor) {
}
