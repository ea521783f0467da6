package io.newsroom.extraction.engine.model;

/**
 * Something a speaker said. {@code direct} quotes are the words between quotation marks; reported speech
 * ("X told reporters that ...") has {@code direct == false} and the reported clause as text.
 * {@code speaker}/{@code speakerId} are null when no speaker could be resolved; {@code via} names the outlet
 * that relayed the words, or null.
 */
public record Quote(String text, String speaker, String speakerId, String via, boolean direct, String cue,
                    int start, int end) {
}
