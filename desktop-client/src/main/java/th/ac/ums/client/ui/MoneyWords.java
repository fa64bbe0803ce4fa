package th.ac.ums.client.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of baht in words, as a cheque or a receipt writes it: in Thai the way Thai banks and
 * Excel's BAHTTEXT do ({@code 1500.00} reads {@code หนึ่งพันห้าร้อยบาทถ้วน}, {@code 21.50} reads
 * {@code ยี่สิบเอ็ดบาทห้าสิบสตางค์}), in English {@code one thousand five hundred baht}. The review
 * before money moves shows it next to the figures, so a slip of a digit is seen.
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

    /** A whole number in Thai words: groups of six digits joined by ล้าน. */
    static String thaiNumber(long n) {
        if (n >= 1_000_000) {
            return thaiNumber(n / 1_000_000) + "ล้าน" + thaiSix((int) (n % 1_000_000));
        }
        return thaiSix((int) n);
    }

    /** Up to six digits; a 1 in the units after other digits is เอ็ด, a 1 in the tens is สิบ, a 2 there ยี่สิบ. */
    private static String thaiSix(int n) {
        StringBuilder b = new StringBuilder();
        String digits = Integer.toString(n);
        int len = digits.length();
        for (int i = 0; i < len; i++) {
            int d = digits.charAt(i) - '0';
            int place = len - i - 1;
            if (d == 0) {
                continue;
            }
            if (place == 1 && d == 1) {
                b.append("สิบ");
            } else if (place == 1 && d == 2) {
                b.append("ยี่สิบ");
            } else if (place == 0 && d == 1 && n > 1) {
                b.append("เอ็ด");
            } else {
                b.append(TH_DIGITS[d]).append(TH_PLACES[place]);
            }
        }
        return b.toString();
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
