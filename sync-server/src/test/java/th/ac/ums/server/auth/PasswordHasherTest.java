package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiException;

class PasswordHasherTest {
    private final PasswordHasher owasp = new PasswordHasher(19456, 2, 1, 4, Duration.ofSeconds(5));

    @Test
    void hashesInPhcFormatWithOwaspParametersAndASaltPerHash() {
        String a = owasp.hash("Correct-Horse-9");
        String b = owasp.hash("Correct-Horse-9");
        assertTrue(a.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), a);
        assertNotEquals(a, b);
        assertTrue(owasp.verify("Correct-Horse-9", a));
        assertTrue(owasp.verify("Correct-Horse-9", b));
        assertFalse(owasp.verify("correct-horse-9", a));
    }

    @Test
    void unicodeIsNormalisedAndNeverTruncated() {
        String composed = "Pa\u00e9ss-w0rd-ไทย";
        String decomposed = "Pa\u0065\u0301ss-w0rd-ไทย";
        String hash = owasp.hash(composed);
        assertTrue(owasp.verify(decomposed, hash));
        String longPassword = "Aa1!".repeat(32);
        String longHash = owasp.hash(longPassword);
        assertFalse(owasp.verify(longPassword.substring(0, 127), longHash));
    }

    @Test
    void oldParametersAskForARehash() {
        PasswordHasher weak = new PasswordHasher(4096, 1, 1, 4, Duration.ofSeconds(5));
        String old = weak.hash("Correct-Horse-9");
        assertTrue(owasp.verify("Correct-Horse-9", old));
        assertTrue(owasp.needsRehash(old));
        assertFalse(owasp.needsRehash(owasp.hash("x")));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(owasp.verify("anything", "!no-console-login"));
        assertFalse(owasp.verify("anything", null));
    }

    @Test
    void hashingBeyondTheConcurrencyBoundWaitsThenGets503() throws Exception {
        PasswordHasher one = new PasswordHasher(65536, 8, 1, 1, Duration.ofMillis(50));
        CountDownLatch started = new CountDownLatch(1);
        Thread busy = Thread.ofVirtual().start(() -> {
            started.countDown();
            one.hash("slow-Password-1");
        });
        started.await();
        Thread.sleep(20);
        ApiException e = ApiException.of(assertThrows(Refusal.class, () -> one.hash("another-Password-2")));
        assertEquals(503, e.status());
        busy.join();
    }
}
