package th.ac.ums.client.api;

import java.util.List;
import java.util.Map;
import th.ac.ums.model.Dtos.BankFileReport;
import th.ac.ums.model.Dtos.BankLayoutDto;
import th.ac.ums.model.Dtos.BankLineDto;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;

/** Bank bill-payment files: the banks' layouts, uploads (a dry run first), and the lines to resolve. */
public final class BankApi {
    private final ApiClient api;
    private final Pages pages;

    public BankApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    /** The banks whose files the server reads, by code. */
    public List<BankLayoutDto> layouts() {
        return List.of(api.get(ApiPaths.BANK_FILE_LAYOUTS, BankLayoutDto[].class));
    }

    /** Uploads a bank's CSV file; with {@code dryRun} nothing is written and the report says what would be. */
    public BankFileReport upload(String bank, byte[] csv, boolean dryRun) {
        String path = Query.of(ApiPaths.BANK_FILES).with("bank", bank).with("dryRun", Boolean.toString(dryRun))
                .toString();
        return api.upload(path, csv, "text/csv", BankFileReport.class);
    }

    public Page<BankLineDto> lines(PageQuery q) {
        return pages.fetch(ApiPaths.BANK_LINES, q, BankLineDto.class);
    }

    /** Records an unmatched line as a payment of an invoice (the line's version as If-Match). */
    public BankLineDto assign(long lineId, long version, long invoiceId) {
        return api.send("POST", ApiPaths.path(ApiPaths.BANK_LINE_ASSIGN, lineId), Map.of("invoiceId", invoiceId),
                Map.of("If-Match", Long.toString(version)), BankLineDto.class);
    }

    /** Marks an unmatched line as money sent back to the payer, with the reason. */
    public BankLineDto giveBack(long lineId, long version, String reason) {
        return api.send("POST", ApiPaths.path(ApiPaths.BANK_LINE_RETURN, lineId), Map.of("reason", reason),
                Map.of("If-Match", Long.toString(version)), BankLineDto.class);
    }
}
