package th.ac.ums.server.documents;

import java.util.regex.Pattern;
import th.ac.ums.server.platform.Settings;

/**
 * Who issues the documents: the university's names and address in Thai and English, its tax ID
 * (printed on every receipt, as the Revenue Code asks of a receipt) and the biller ID its bank gave
 * it for Thai QR bill payments (the tax ID and a two-digit suffix).
 */
public record UniversityInfo(String nameTh, String nameEn, String addressTh, String addressEn, String taxId,
        String billerId) {
    private static final Pattern TAX_ID = Pattern.compile("\\d{13}");
    private static final Pattern BILLER_ID = Pattern.compile("\\d{15}");

    public UniversityInfo {
        if (taxId == null || !TAX_ID.matcher(taxId).matches()) {
            throw new IllegalArgumentException("university.tax-id is 13 digits, not " + taxId);
        }
        if (billerId == null || !BILLER_ID.matcher(billerId).matches()) {
            throw new IllegalArgumentException("university.biller-id is 15 digits (the tax ID and a 2-digit suffix), not "
                    + billerId);
        }
    }

    /** The {@code university.*} settings (application.yaml names them and gives a fictitious university's). */
    public static UniversityInfo from(Settings s) {
        return new UniversityInfo(s.string("university.name-th"), s.string("university.name-en"),
                s.string("university.address-th"), s.string("university.address-en"), s.string("university.tax-id"),
                s.string("university.biller-id"));
    }
}
