package io.newsroom.article.webhook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test_secret_0123456789";
    private static final String BODY = "{\"deliveryId\":\"d1\",\"eventType\":\"article.extracted\"}";

    @Test
    void headerIsHmacSha256OverTimestampDotBody() {
        // RFC 4231 test case 2 key and data, to pin the algorithm (not only that sign and verify agree)
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
        String header = WebhookSignature.header(SECRET, 1700000000L, BODY);
        assertEquals("t=1700000000,v1=" + WebhookSignature.hmac(SECRET, "1700000000." + BODY), header);
    }

    @Test
    void receiverAcceptsItsOwnSignatureWithinTolerance() {
        String header = WebhookSignature.header(SECRET, 1700000000L, BODY);
        assertTrue(WebhookSignature.verify(SECRET, header, BODY, 1700000100L, 300));
    }

    @Test
    void receiverRefusesChangedBodyOtherSecretOldTimestampOrGarbage() {
        String header = WebhookSignature.header(SECRET, 1700000000L, BODY);
        assertFalse(WebhookSignature.verify(SECRET, header, BODY + " ", 1700000000L, 300));
        assertFalse(WebhookSignature.verify("another_secret_0123456789", header, BODY, 1700000000L, 300));
        assertFalse(WebhookSignature.verify(SECRET, header, BODY, 1700000301L, 300));
        // the timestamp is signed: moving it forward breaks the signature
        assertFalse(WebhookSignature.verify(SECRET, header.replace("t=1700000000", "t=1700000200"), BODY, 1700000200L, 300));
        assertFalse(WebhookSignature.verify(SECRET, "v1=abc", BODY, 1700000000L, 300));
        assertFalse(WebhookSignature.verify(SECRET, "t=x,v1=abc", BODY, 1700000000L, 300));
        assertFalse(WebhookSignature.verify(SECRET, null, BODY, 1700000000L, 300));
    }
}
