package th.ac.ums.server.documents;

import java.util.Map;

/** Payment methods as documents print them: Thai, and English below. An unknown code prints as itself. */
public final class PaymentMethods {
    private static final Map<String, String[]> WORDS = Map.of(
            "CASH", new String[] {"เงินสด", "Cash"},
            "TRANSFER", new String[] {"โอนเงินผ่านธนาคาร", "Bank transfer"},
            "CARD", new String[] {"บัตรเครดิต/เดบิต", "Card"},
            "SCHOLARSHIP", new String[] {"ทุนการศึกษา", "Scholarship"});

    private PaymentMethods() {
    }

    public static String thai(String code) {
        return WORDS.getOrDefault(code, new String[] {code, code})[0];
    }

    public static String english(String code) {
        return WORDS.getOrDefault(code, new String[] {code, code})[1];
    }
}
