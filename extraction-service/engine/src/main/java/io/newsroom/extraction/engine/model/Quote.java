package io.newsroom.extraction.engine.model;

/**
 * Something a speaker said. {@code direct} quotes are the words between quotation marks; reported speech
 * ("X told reporters that ...") has {@code direct == false} and the reported clause as text.
 * {@code speaker}/{@code speakerId} are null when no speaker could be resolved; {@code via} names the outlet
 * that relayed the words, or null. {@code continues} is the index (in the document's quotes) of the previous part
 * of the same quotation when an attribution or a paragraph break interrupts it, else null.
 */
public record Quote(String text, String speaker, String speakerId, String via, boolean direct, String cue,
                    int start, int end, Integer continues) {

    public Quote(String text, String speaker, String speakerId, String via, boolean direct, String cue, int start, int end) {
        this(text, speaker, speakerId, via, direct, cue, start, end, null);
    }

    public Quote continuing(int previous) {
        return new Quote(text, speaker, speakerId, via, direct, cue, start, end, previous);
    }
}
