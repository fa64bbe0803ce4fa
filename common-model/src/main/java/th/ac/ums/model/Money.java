package th.ac.ums.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** THB amounts: exact decimals, written in JSON as strings with two decimals ("1500.00"). */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    public static BigDecimal parse(String amount) {
        return amount == null ? null : new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(String amount) {
        return parse(amount);
    }
}
