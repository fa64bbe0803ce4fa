package th.ac.ums.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ServerAddress.Refusal;

class ServerAddressTest {
    private final ServerAddress strict = new ServerAddress(false);

    @Test
    void httpsIsUsableAnywhere() {
        for (String a : new String[] {"https://ums.example.ac.th", "https://10.1.2.3:8443/", "HTTPS://UMS.example.ac.th",
            "https://[2001:db8::1]:443"}) {
            assertEquals(Optional.empty(), strict.check(a), a);
        }
    }

    @Test
    void plainHttpIsUsableOnlyToThisComputer() {
        for (String a : new String[] {"http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:8080",
            "http://127.255.0.9", "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]/", " http://127.0.0.1:8080 "}) {
            assertEquals(Optional.empty(), strict.check(a), a);
        }
        for (String a : new String[] {"http://10.1.2.3:8080", "http://ums.example.ac.th", "http://127.0.0.1.nip.io",
            "http://localhost.example.ac.th", "http://128.0.0.1", "http://0.0.0.0:8080",
            "http://2130706433", "http://[::2]", "http://[::ffff:7f00:1]"}) {
            assertEquals(Optional.of(Refusal.PLAIN_HTTP), strict.check(a), a);
        }
    }

    @Test
    void whatIsNotAnHttpAddressIsInvalid() {
        for (String a : new String[] {"", "ums.example.ac.th", "ftp://ums.example.ac.th", "https://", "http:///x",
            "https://exa mple", "http://127.0.0.256", "file:///etc/passwd", "javascript:alert(1)"}) {
            assertEquals(Optional.of(Refusal.INVALID), strict.check(a), a);
        }
        assertEquals(Optional.of(Refusal.INVALID), strict.check(null));
    }

    @Test
    void theLabOverrideAllowsPlainHttpAnywhereButNothingInvalid() {
        ServerAddress lab = new ServerAddress(true);
        assertEquals(Optional.empty(), lab.check("http://10.1.2.3:8080"));
        assertEquals(Optional.of(Refusal.INVALID), lab.check("ftp://10.1.2.3"));
    }

    @Test
    void requireAnswersTheBaseUriOrThrowsBeforeAnythingIsSent() throws Exception {
        assertEquals(URI.create("https://ums.example.ac.th/"), strict.require("https://ums.example.ac.th"));
        ServerAddress.RefusedException e = assertThrows(ServerAddress.RefusedException.class,
                () -> strict.require("http://10.1.2.3:8080"));
        assertEquals(Refusal.PLAIN_HTTP, e.refusal());
    }
}
