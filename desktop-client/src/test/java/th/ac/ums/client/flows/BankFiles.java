package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import th.ac.ums.server.testing.Api;

/**
 * A KTB bill-payment file built from real open invoices of the seed: two lines that match (one
 * paying an invoice in full by its number, one paying part of another by its number written without
 * hyphens, as the Thai QR code carries it), the first line again (the bank sent it twice), a line
 * whose references name nothing, one paying more than an invoice owes, and one for an invoice
 * already paid; plus an open invoice of another student to assign a line to by hand.
 */
record BankFiles(Path file, List<Line> lines, JsonNode full, JsonNode part, JsonNode over, JsonNode paid,
                 JsonNode target, String total, String matched) {
    static final String HEADER = "Transaction No,Payment Date,Amount,Reference 1,Reference 2,Channel\r\n";

    /** One line of the file. */
    record Line(String txn, BigDecimal amount, String ref1, String ref2) {
        String csv(String paidAt) {
            return txn + "," + paidAt + "," + amount.toPlainString() + "," + ref1 + "," + ref2 + ",MOBILE\r\n";
        }
    }

    /** The file for a prefix of transaction ids, from the open invoices after the first {@code skip}. */
    static BankFiles build(Api admin, String prefix, int skip, Path dir) throws Exception {
        List<JsonNode> open = new ArrayList<>();
        for (JsonNode i : admin.get("/api/v1/invoices?outstanding=true&sort=dueDate&limit=100").json().get("data")) {
            if (new BigDecimal(i.get("outstanding").asText()).compareTo(new BigDecimal("3000")) >= 0
                    && open.stream().noneMatch(o -> o.get("studentId").equals(i.get("studentId")))) {
                open.add(i);
            }
        }
        assertTrue(open.size() >= skip + 4, "the seed has open invoices: " + open.size());
        JsonNode full = open.get(skip);
        JsonNode part = open.get(skip + 1);
        JsonNode over = open.get(skip + 2);
        JsonNode target = open.get(skip + 3);
        JsonNode paid = admin.get("/api/v1/invoices?status=PAID&limit=1").json().get("data").get(0);
        assertNotNull(paid, "the seed has paid invoices");
        BigDecimal fullAmount = new BigDecimal(full.get("outstanding").asText());
        BigDecimal overAmount = new BigDecimal(over.get("outstanding").asText()).add(new BigDecimal("500.00"));
        List<Line> lines = List.of(
                new Line(prefix + "-1", fullAmount, full.get("studentCode").asText(), full.get("number").asText()),
                new Line(prefix + "-2", new BigDecimal("1000.00"), part.get("studentCode").asText(),
                        part.get("number").asText().replace("-", "")),
                new Line(prefix + "-1", fullAmount, full.get("studentCode").asText(), full.get("number").asText()),
                new Line(prefix + "-4", new BigDecimal("700.00"), "99999999", "NOTHING-KNOWN"),
                new Line(prefix + "-5", overAmount, over.get("studentCode").asText(), over.get("number").asText()),
                new Line(prefix + "-6", new BigDecimal("2500.00"), paid.get("studentCode").asText(),
                        paid.get("number").asText()));
        String paidAt = LocalDateTime.now(ZoneId.of("Asia/Bangkok")).minusHours(2)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"));
        StringBuilder csv = new StringBuilder(HEADER);
        lines.forEach(l -> csv.append(l.csv(paidAt)));
        Path file = dir.resolve("ktb-" + prefix + ".csv");
        Files.createDirectories(dir);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BankFiles(file, lines, full, part, over, paid, target, total.setScale(2).toPlainString(),
                fullAmount.add(new BigDecimal("1000.00")).setScale(2).toPlainString());
    }
}
