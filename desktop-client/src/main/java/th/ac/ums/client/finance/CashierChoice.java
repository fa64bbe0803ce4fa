package th.ac.ums.client.finance;

/**
 * A choice of the cashier filter: everyone ({@code id} null), the signed-in user ({@code me}), or a
 * cashier who recorded payments that day (from the day close).
 */
public record CashierChoice(Long id, String name, boolean me) {
    public static final CashierChoice EVERYONE = new CashierChoice(null, "", false);
}
