package th.ac.ums.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of baht in words, as a cheque or a receipt writes it: in Thai exactly as Excel's
 * BAHTTEXT does ({@code 1500.00} reads {@code หนึ่งพันห้าร้อยบาทถ้วน}, {@code 21.50} reads
 * {@code ยี่สิบเอ็ดบาทห้าสิบสตางค์}, {@code 0.25} reads {@code ยี่สิบห้าสตางค์}), in English
 * {@code One thousand five hundred baht}. The console's review before money moves shows it next to
 * the figures, so a slip of a digit is seen; receipts and invoices print it.
 *
 * <p>BAHTTEXT's one subtle rule: a 1 in the units place of a group of six digits reads เอ็ด whenever
 * a higher digit of the number is not zero (101 หนึ่งร้อยเอ็ด, 1,000,001 หนึ่งล้านเอ็ด,
 * 5,001,000,000 ห้าพันเอ็ดล้าน) and หนึ่ง only when it is the number's first digit (1, 1,000,000
 * หนึ่งล้าน). Satang are read the same way as a number from 1 to 99 (0.01 หนึ่งสตางค์, 0.21
 * ยี่สิบเอ็ดสตางค์).
 */
public final class MoneyWords {
    private static final String[] TH_DIGITS = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
    private static final String[] TH_PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};
    private static final String[] EN_SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] EN_GROUPS = {"", " thousand", " million", " billion", " trillion"};

    private MoneyWords() {
    }

    /** The amount in words in Thai or English; empty for none or a negative amount. */
    public static String of(BigDecimal amount, boolean thai) {
        if (amount == null || amount.signum() < 0) {
            return "";
        }
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        long baht = a.longValue();
        int satang = a.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        return thai ? thai(baht, satang) : english(baht, satang);
    }

    /** Text that is not an amount gives an empty string. */
    public static String of(String amount, boolean thai) {
        try {
            return amount == null || amount.isBlank() ? "" : of(new BigDecimal(amount.trim()), thai);
        } catch (NumberFormatException e) {
            return "";
        }
    }

    static String thai(long baht, int satang) {
        StringBuilder b = new StringBuilder();
        if (baht > 0 || satang == 0) {
            b.append(baht == 0 ? TH_DIGITS[0] : thaiNumber(baht)).append("บาท");
        }
        if (satang == 0) {
            b.append("ถ้วน");
        } else {
            b.append(thaiNumber(satang)).append("สตางค์");
        }
        return b.toString();
    }

    /**
     * A whole number in Thai words, digit by digit from the left: each digit names its place in its
     * group of six (สิบ ร้อย พัน หมื่น แสน), every sixth place from the right adds ล้าน.
     */
    static String thaiNumber(long n) {
        String digits = Long.toString(n);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            int power = digits.length() - 1 - i;
            b.append(thaiDigit(digits.charAt(i) - '0', power % 6, i > 0));
            if (power % 6 == 0 && power > 0) {
                b.append("ล้าน");
            }
        }
        return b.toString();
    }

    /**
     * One digit at a place of its group: nothing for 0; in the tens สิบ for 1 and ยี่สิบ for 2; in the
     * units เอ็ด for a 1 after a higher digit (the first digit of a number never is zero).
     */
    private static String thaiDigit(int d, int place, boolean afterHigherDigit) {
        if (d == 0) {
            return "";
        }
        if (place == 1) {
            return d == 1 ? "สิบ" : d == 2 ? "ยี่สิบ" : TH_DIGITS[d] + "สิบ";
        }
        if (place == 0 && d == 1 && afterHigherDigit) {
            return "เอ็ด";
        }
        return TH_DIGITS[d] + TH_PLACES[place];
    }

    static String english(long baht, int satang) {
        StringBuilder b = new StringBuilder();
        if (baht > 0 || satang == 0) {
            b.append(englishNumber(baht)).append(" baht");
        }
        if (satang > 0) {
            b.append(b.isEmpty() ? "" : " and ").append(englishNumber(satang)).append(" satang");
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    static String englishNumber(long n) {
        if (n == 0) {
            return EN_SMALL[0];
        }
        StringBuilder b = new StringBuilder();
        int group = 0;
        while (n > 0) {
            int three = (int) (n % 1000);
            if (three > 0) {
                String words = hundreds(three) + EN_GROUPS[group];
                b.insert(0, b.isEmpty() ? words : words + " ");
            }
            n /= 1000;
            group++;
        }
        return b.toString();
    }

    private static String hundreds(int n) {
        StringBuilder b = new StringBuilder();
        if (n >= 100) {
            b.append(EN_SMALL[n / 100]).append(" hundred");
            n %= 100;
            if (n > 0) {
                b.append(" ");
            }
        }
        if (n >= 20) {
            b.append(EN_TENS[n / 10]);
            if (n % 10 > 0) {
                b.append("-").append(EN_SMALL[n % 10]);
            }
        } else if (n > 0) {
            b.append(EN_SMALL[n]);
        }
        return b.toString();
    }
}
