package th.ac.ums.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Thai QR Payment bill payment (the Bank of Thailand's "Thai QR Code Tag 30", EMVCo
 * merchant-presented): every Thai banking app reads it and pays the biller with both references,
 * so the bank's statement names the student and the invoice. The payload is
 * {@code 00 "01"} (format), {@code 01 "12"} (dynamic: it carries the amount), {@code 30} (bill
 * payment: {@code 00} AID {@code A000000677010112}, {@code 01} biller ID, {@code 02} Ref1,
 * {@code 03} Ref2), {@code 53 "764"} (baht), {@code 54} amount, {@code 58 "TH"}, an optional
 * {@code 59} merchant name, then {@code 63} the CRC.
 *
 * @param billerId     15 digits: the university's 13-digit tax ID and the 2-digit suffix its bank gave
 * @param ref1         the payer: the student code (letters A-Z and digits, up to 20; upper-cased)
 * @param ref2         the bill: the invoice number in {@link #reference(String) reference form}, or
 *                     empty for none
 * @param amount       baht, more than zero, at most two decimals
 * @param merchantName printable ASCII up to 25 characters, or empty for none
 */
public record ThaiQrPayment(String billerId, String ref1, String ref2, BigDecimal amount, String merchantName) {
    /** The application ID of a domestic bill payment. */
    public static final String BILL_PAYMENT_AID = "A000000677010112";
    private static final Pattern BILLER_ID = Pattern.compile("\\d{15}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{1,20}");
    private static final Pattern NAME = Pattern.compile("[\\x20-\\x7E]{1,25}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    public ThaiQrPayment {
        if (billerId == null || !BILLER_ID.matcher(billerId).matches()) {
            throw new IllegalArgumentException("the biller ID is 15 digits (the 13-digit tax ID and a 2-digit suffix), not "
                    + quoted(billerId));
        }
        ref1 = upper(ref1);
        if (!REFERENCE.matcher(ref1).matches()) {
            throw new IllegalArgumentException("Ref1 holds 1 to 20 letters A-Z and digits, not " + quoted(ref1));
        }
        ref2 = upper(ref2);
        if (!ref2.isEmpty() && !REFERENCE.matcher(ref2).matches()) {
            throw new IllegalArgumentException("Ref2 holds up to 20 letters A-Z and digits, not " + quoted(ref2));
        }
        amount = checkedAmount(amount);
        merchantName = merchantName == null ? "" : merchantName;
        if (!merchantName.isEmpty() && !NAME.matcher(merchantName).matches()) {
            throw new IllegalArgumentException("the merchant name is up to 25 printable ASCII characters, not "
                    + quoted(merchantName));
        }
    }

    /** A bill payment without a merchant name (banking apps show the biller's registered name). */
    public static ThaiQrPayment billPayment(String billerId, String ref1, String ref2, BigDecimal amount) {
        return new ThaiQrPayment(billerId, ref1, ref2, amount, "");
    }

    /** The same payment with a merchant name (tag 59). */
    public ThaiQrPayment withMerchantName(String name) {
        return new ThaiQrPayment(billerId, ref1, ref2, amount, name);
    }

    /**
     * A document number as a reference: upper-cased, with everything but letters A-Z and digits left
     * out: {@code INV-25691-0000123} becomes {@code INV256910000123}.
     */
    public static String reference(String number) {
        return upper(number).replaceAll("[^A-Z0-9]", "");
    }

    /** The amount as tag 54 writes it: two decimals, no grouping. */
    public String amountText() {
        return amount.toPlainString();
    }

    /** The text to put in the QR code. */
    public String payload() {
        String account = EmvTlv.field("00", BILL_PAYMENT_AID) + EmvTlv.field("01", billerId)
                + EmvTlv.field("02", ref1) + (ref2.isEmpty() ? "" : EmvTlv.field("03", ref2));
        String body = EmvTlv.field("00", "01") + EmvTlv.field("01", "12") + EmvTlv.field("30", account)
                + EmvTlv.field("53", "764") + EmvTlv.field("54", amountText()) + EmvTlv.field("58", "TH")
                + (merchantName.isEmpty() ? "" : EmvTlv.field("59", merchantName));
        return EmvTlv.withCrc(body);
    }

    /**
     * Reads a bill payment back from its payload; anything else (a wrong CRC, a PromptPay transfer,
     * another currency, a static code without an amount) is refused with the reason.
     */
    public static ThaiQrPayment read(String payload) {
        if (!EmvTlv.crcMatches(payload)) {
            throw new IllegalArgumentException("the CRC does not match the payload");
        }
        Map<String, String> f = EmvTlv.parse(payload);
        expect(f, "00", "01");
        expect(f, "01", "12");
        expect(f, "53", "764");
        expect(f, "58", "TH");
        Map<String, String> account = EmvTlv.parse(Optional.ofNullable(f.get("30"))
                .orElseThrow(() -> new IllegalArgumentException("no bill payment field (30)")));
        expect(account, "00", BILL_PAYMENT_AID);
        String amount = Optional.ofNullable(f.get("54"))
                .orElseThrow(() -> new IllegalArgumentException("no amount field (54)"));
        return new ThaiQrPayment(account.get("01"), account.get("02"), account.getOrDefault("03", ""),
                new BigDecimal(amount), f.getOrDefault("59", ""));
    }

    private static void expect(Map<String, String> fields, String tag, String value) {
        if (!value.equals(fields.get(tag))) {
            throw new IllegalArgumentException("field " + tag + " is " + quoted(fields.get(tag)) + ", not " + value);
        }
    }

    private static BigDecimal checkedAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("the amount is more than 0 and at most " + MAX_AMOUNT.toPlainString()
                    + " baht, not " + (amount == null ? "none" : amount.toPlainString()));
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the amount has more than two decimals: " + amount.toPlainString());
        }
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String quoted(String s) {
        return s == null ? "none" : "\"" + s + "\"";
    }
}
