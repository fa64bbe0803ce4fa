package th.ac.ums.server.finance;

import io.helidon.config.Config;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.server.platform.Settings;

/**
 * The bill-payment file layouts of the banks, from {@code finance.bank-files.<code>} in the settings:
 * which header of the bank's CSV holds each of our fields, and how it writes a date and time (read in
 * the university's time zone). A layout that cannot be used stops the server at start, not an upload.
 */
public final class BankLayouts {
    /** Our fields, as the config names them. */
    static final String TXN_ID = "transaction-id";
    static final String PAID_AT = "paid-at";
    static final String AMOUNT = "amount";
    static final String REF1 = "ref1";
    static final String REF2 = "ref2";
    static final String CHANNEL = "channel";

    /** One bank's layout: the header name of each field (absent: the file has no such column). */
    public record Layout(String code, String name, Map<String, String> columns, DateTimeFormatter paidAt,
                         ZoneId zone, String pattern) {
        Optional<String> column(String field) {
            return Optional.ofNullable(columns.get(field));
        }
    }

    private final Map<String, Layout> layouts;

    BankLayouts(Map<String, Layout> layouts) {
        this.layouts = Map.copyOf(layouts);
    }

    /** The layouts of {@code finance.bank-files}; times are read in {@code university.time-zone}. */
    public static BankLayouts from(Settings s) {
        ZoneId zone = s.zone("university.time-zone");
        Map<String, Layout> out = new LinkedHashMap<>();
        for (Config bank : s.raw().get("finance.bank-files").asNodeList().orElse(java.util.List.of())) {
            String code = bank.name().toLowerCase(Locale.ROOT);
            if (!code.matches("^[a-z0-9-]{1,16}$")) {
                throw new IllegalStateException("finance.bank-files." + code + ": a bank code is 1 to 16 letters, "
                        + "digits or dashes");
            }
            Map<String, String> columns = new LinkedHashMap<>();
            for (String field : new String[] {TXN_ID, PAID_AT, AMOUNT, REF1, REF2, CHANNEL}) {
                bank.get("columns." + field).asString().filter(v -> !v.isBlank()).ifPresent(v -> columns.put(field,
                        v.strip()));
            }
            for (String required : new String[] {TXN_ID, PAID_AT, AMOUNT}) {
                if (!columns.containsKey(required)) {
                    throw new IllegalStateException("finance.bank-files." + code + ".columns." + required
                            + " is required");
                }
            }
            String pattern = bank.get("date-time-format").asString().orElse("yyyy-MM-dd HH:mm:ss");
            DateTimeFormatter format;
            try {
                format = DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"), Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("finance.bank-files." + code + ".date-time-format is not a "
                        + "date-time pattern: " + pattern);
            }
            out.put(code, new Layout(code, bank.get("name").asString().orElse(code),
                    java.util.Collections.unmodifiableMap(columns), format, zone, pattern));
        }
        return new BankLayouts(out);
    }

    /** The layout of a bank code (any case). */
    public Optional<Layout> of(String code) {
        return Optional.ofNullable(layouts.get(code.toLowerCase(Locale.ROOT)));
    }

    /**
     * The layouts as {@code GET /payments/bank-files/layouts} answers them, by code: the bank's name,
     * how a payment time is written, and the header of each column the file has (in our field names:
     * {@code transactionId}, {@code paidAt}, {@code amount}, {@code ref1}, {@code ref2}, {@code channel}).
     */
    public java.util.List<Described> described() {
        return codes().stream().map(layouts::get).map(l -> {
            Map<String, String> columns = new LinkedHashMap<>();
            l.columns().forEach((field, header) -> columns.put(FIELD_NAMES.get(field), header));
            return new Described(l.code(), l.name(), l.pattern(), columns);
        }).toList();
    }

    /** One layout as the API describes it. */
    public record Described(String code, String name, String dateTimeFormat, Map<String, String> columns) {
    }

    private static final Map<String, String> FIELD_NAMES = Map.of(TXN_ID, "transactionId", PAID_AT, "paidAt",
            AMOUNT, "amount", REF1, "ref1", REF2, "ref2", CHANNEL, "channel");

    public java.util.Set<String> codes() {
        return new java.util.TreeSet<>(layouts.keySet());
    }
}
