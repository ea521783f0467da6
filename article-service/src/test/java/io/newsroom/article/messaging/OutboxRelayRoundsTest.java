package io.newsroom.article.messaging;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxRelayRoundsTest {

    @Test
    void aTickKeepsRelayingWhileBatchesComeBackFull() {
        Rounds rounds = new Rounds(100, 100, 100, 37, 100);
        assertEquals(337, OutboxRelay.relayWhileFull(rounds::next, 100, 10));
        assertEquals(4, rounds.played, "stops after the first batch that is not full");
    }

    @Test
    void anEmptyOutboxTakesOneRound() {
        Rounds rounds = new Rounds(0, 100);
        assertEquals(0, OutboxRelay.relayWhileFull(rounds::next, 100, 10));
        assertEquals(1, rounds.played);
    }

    @Test
    void aTickNeverRunsMoreThanItsBound() {
        Rounds rounds = new Rounds(5, 5, 5, 5, 5, 5);
        assertEquals(15, OutboxRelay.relayWhileFull(rounds::next, 5, 3));
        assertEquals(3, rounds.played);
    }

    @Test
    void aRoundWithFailuresEndsTheTick() {
        // failed sends are not counted as sent, so a batch with failures is not full
        Rounds rounds = new Rounds(98, 100);
        assertEquals(98, OutboxRelay.relayWhileFull(rounds::next, 100, 10));
        assertEquals(1, rounds.played);
    }

    private static final class Rounds {
        private final ArrayDeque<Integer> sent;
        int played;

        Rounds(Integer... sent) {
            this.sent = new ArrayDeque<>(List.of(sent));
        }

        int next() {
            played++;
            return sent.pop();
        }
    }
}
