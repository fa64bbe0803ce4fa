package th.ac.ums.server.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void cidrBlocksMatchTheirAddressesOnly() {
        ClientAddress.Cidr block = ClientAddress.Cidr.parse("10.0.0.0/8");
        assertTrue(block.contains("10.1.2.3"));
        assertFalse(block.contains("11.0.0.1"));
        ClientAddress.Cidr single = ClientAddress.Cidr.parse("192.168.1.7");
        assertTrue(single.contains("192.168.1.7"));
        assertFalse(single.contains("192.168.1.8"));
        ClientAddress.Cidr v6 = ClientAddress.Cidr.parse("fd00::/8");
        assertTrue(v6.contains("fd12::1"));
        assertFalse(v6.contains("10.0.0.1"));
    }

    @Test
    void hostnamesAreNeverTreatedAsAddresses() {
        assertFalse(ClientAddress.Cidr.parse("127.0.0.1").contains("localhost"));
        assertFalse(ClientAddress.isIpLiteral("evil.example"));
    }
}
