package io.newsroom.article.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetGuardTest {

    private static InetAddress[] at(String... literals) {
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            try {
                addresses[i] = InetAddress.getByName(literals[i]);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return addresses;
    }

    @Test
    void productionRefusesPlainHttpCredentialsAndFragments() {
        TargetGuard guard = new TargetGuard(false);
        assertThrows(IllegalArgumentException.class, () -> guard.checkSyntax("http://hooks.example.com/x"));
        assertThrows(IllegalArgumentException.class, () -> guard.checkSyntax("ftp://hooks.example.com/x"));
        assertThrows(IllegalArgumentException.class, () -> guard.checkSyntax("https://user:pw@hooks.example.com/x"));
        assertThrows(IllegalArgumentException.class, () -> guard.checkSyntax("https://hooks.example.com/x#f"));
        assertThrows(IllegalArgumentException.class, () -> guard.checkSyntax("https:///x"));
        assertThrows(IllegalArgumentException.class, () -> guard.checkSyntax("not a url"));
        assertDoesNotThrow(() -> guard.checkSyntax("https://hooks.example.com/newsroom?x=1"));
    }

    @Test
    void resolvedAddressesDecideNotTheHostName() {
        // a public-looking name that resolves to loopback, a private address among public ones, metadata addresses
        assertThrows(IllegalArgumentException.class, () -> new TargetGuard(false, host -> at("127.0.0.1"))
                .checkTarget(URI.create("https://hooks.example.com/x")));
        assertThrows(IllegalArgumentException.class, () -> new TargetGuard(false, host -> at("93.184.215.14", "10.1.2.3"))
                .checkTarget(URI.create("https://hooks.example.com/x")));
        assertThrows(IllegalArgumentException.class, () -> new TargetGuard(false, host -> at("169.254.169.254"))
                .checkTarget(URI.create("https://metadata.example.com/x")));
        assertThrows(IllegalArgumentException.class, () -> new TargetGuard(false, host -> at())
                .checkTarget(URI.create("https://nowhere.example.com/x")));
        assertDoesNotThrow(() -> new TargetGuard(false, host -> at("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"))
                .checkTarget(URI.create("https://hooks.example.com/x")));
    }

    @Test
    void literalAddressesAreResolvedToThemselves() {
        TargetGuard guard = new TargetGuard(false);
        assertThrows(IllegalArgumentException.class, () -> guard.checkTarget(URI.create("https://127.0.0.1/x")));
        assertThrows(IllegalArgumentException.class, () -> guard.checkTarget(URI.create("https://[::1]/x")));
        assertThrows(IllegalArgumentException.class, () -> guard.checkTarget(URI.create("https://192.168.1.1/x")));
        assertThrows(IllegalArgumentException.class, () -> guard.checkTarget(URI.create("https://[fd00::1]/x")));
        assertThrows(IllegalArgumentException.class, () -> guard.checkTarget(URI.create("https://[::ffff:10.0.0.1]/x")));
        assertThrows(IllegalArgumentException.class, () -> guard.checkTarget(URI.create("https://0.0.0.0/x")));
    }

    @Test
    void classifiesAddressRanges() {
        for (String blocked : new String[] {"127.0.0.1", "10.0.0.1", "172.16.0.1", "192.168.0.1", "169.254.1.1",
                "100.64.0.1", "0.1.2.3", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "::"}) {
            assertFalse(TargetGuard.isPublic(at(blocked)[0]), blocked);
        }
        for (String open : new String[] {"8.8.8.8", "93.184.215.14", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"}) {
            assertTrue(TargetGuard.isPublic(at(open)[0]), open);
        }
    }

    @Test
    void testModeAllowsHttpToLoopback() {
        TargetGuard guard = new TargetGuard(true);
        assertDoesNotThrow(() -> guard.checkTarget(URI.create("http://127.0.0.1:9999/hook")));
        assertThrows(IllegalArgumentException.class, () -> guard.checkSyntax("ftp://127.0.0.1/x"));
    }
}
