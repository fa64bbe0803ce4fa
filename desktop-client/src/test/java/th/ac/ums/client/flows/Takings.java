package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.ac.ums.server.testing.Api;

/**
 * A cashier's takings recorded through the API (as another counter would): payments of open invoices
 * and a refund, each answered with its receipt or credit note; what was taken in and paid out is
 * summed as it is recorded, for the day close to be compared with.
 */
final class Takings {
    private final Api admin;
    private final List<Long> used = new ArrayList<>();
    private BigDecimal in = BigDecimal.ZERO.setScale(2);
    private BigDecimal out = BigDecimal.ZERO.setScale(2);
    private int count;

    Takings(Api admin) {
        this.admin = admin;
    }

    /** An overdue invoice with at least {@code amount} outstanding, not used before by these takings. */
    JsonNode openInvoice(String amount) {
        for (JsonNode i : admin.get("/api/v1/invoices?status=OVERDUE&limit=100").json().get("data")) {
            if (!used.contains(i.get("id").asLong())
                    && new BigDecimal(i.get("outstanding").asText()).compareTo(new BigDecimal(amount)) >= 0) {
                used.add(i.get("id").asLong());
                return i;
            }
        }
        throw new AssertionError("no open invoice with " + amount + " outstanding");
    }

    /** {@code cashier} records a payment of an open invoice; the payment as answered (with its receipt). */
    JsonNode pay(Api cashier, String amount, String method) {
        long invoice = openInvoice(amount).get("id").asLong();
        Api.Response r = cashier.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/payments",
                Map.of("invoiceId", invoice, "amount", amount, "method", method, "reference", "COUNTER-" + used.size()));
        assertEquals(201, r.status(), r::text);
        took(amount);
        return r.json();
    }

    /** {@code cashier} refunds part of a payment; the refund as answered (with its credit note). */
    JsonNode refund(Api cashier, JsonNode payment, String amount) {
        Api.Response r = cashier.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/payments/"
                + payment.get("id").asLong() + "/refund", Map.of("amount", amount, "reason", "Overpaid"));
        assertEquals(201, r.status(), r::text);
        out = out.add(new BigDecimal(amount));
        count++;
        return r.json();
    }

    /** A payment taken elsewhere (at the console) counted in. */
    void took(String amount) {
        in = in.add(new BigDecimal(amount));
        count++;
    }

    BigDecimal in() {
        return in;
    }

    BigDecimal out() {
        return out;
    }

    BigDecimal net() {
        return in.subtract(out);
    }

    int count() {
        return count;
    }
}
