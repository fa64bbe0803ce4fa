package th.ac.ums.server.documents;

import java.math.BigDecimal;

/** One line of a receipt or an invoice: what it is for, in Thai and English, and the amount in baht. */
public record DocumentLine(String descriptionTh, String descriptionEn, BigDecimal amount) {
}
