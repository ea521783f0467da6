package io.newsroom.article.service;

/** A refusal the caller can act on; rendered as application/problem+json with this status. */
public class ArticleProblem extends RuntimeException {

    private final int status;
    private final String title;

    public ArticleProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ArticleProblem badRequest(String detail) {
        return new ArticleProblem(400, "Bad request", detail);
    }

    public static ArticleProblem notFound(String detail) {
        return new ArticleProblem(404, "Not found", detail);
    }

    public static ArticleProblem conflict(String detail) {
        return new ArticleProblem(409, "Conflict", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
