package io.newsroom.article.messaging;

import io.newsroom.article.messaging.OutboxRelay.RelayRound;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxRelayRoundsTest {

    @Test
    void aWakeUpKeepsRelayingWhileBatchesComeBackFull() {
        Rounds rounds = new Rounds(full(100), full(100), full(100), last(37), full(100));
        assertEquals(337, OutboxRelay.relayWhileMoreWaiting(rounds::next, 10));
        assertEquals(4, rounds.played, "stops after the first round that left nothing behind");
    }

    @Test
    void anEmptyOutboxTakesOneRound() {
        Rounds rounds = new Rounds(last(0), full(100));
        assertEquals(0, OutboxRelay.relayWhileMoreWaiting(rounds::next, 10));
        assertEquals(1, rounds.played);
    }

    @Test
    void aWakeUpNeverRunsMoreThanItsBound() {
        Rounds rounds = new Rounds(full(5), full(5), full(5), full(5), full(5), full(5));
        assertEquals(15, OutboxRelay.relayWhileMoreWaiting(rounds::next, 3));
        assertEquals(3, rounds.played);
    }

    @Test
    void anArticlesLaterEventHeldBackByARoundIsSentByTheNextOne() {
        // the first round sent only the oldest event of an article that had three queued
        Rounds rounds = new Rounds(full(1), full(1), last(1), full(100));
        assertEquals(3, OutboxRelay.relayWhileMoreWaiting(rounds::next, 10));
        assertEquals(3, rounds.played);
    }

    @Test
    void aRoundWithFailuresEndsTheWakeUp() {
        Rounds rounds = new Rounds(new RelayRound(Instant.now(), 98, 2, "refused", false, true), full(100));
        assertEquals(98, OutboxRelay.relayWhileMoreWaiting(rounds::next, 10));
        assertEquals(1, rounds.played);
    }

    private static RelayRound full(int sent) {
        return new RelayRound(Instant.now(), sent, 0, null, false, true);
    }

    private static RelayRound last(int sent) {
        return new RelayRound(Instant.now(), sent, 0, null, false, false);
    }

    private static final class Rounds {
        private final ArrayDeque<RelayRound> rounds;
        int played;

        Rounds(RelayRound... rounds) {
            this.rounds = new ArrayDeque<>(List.of(rounds));
        }

        RelayRound next() {
            played++;
            return rounds.pop();
        }
    }
}
