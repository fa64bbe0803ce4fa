package th.ac.ums.server.finance;

import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;

/**
 * Bank-file reconciliation (FINANCE, ADMIN): upload a bank's bill-payment file, list its lines, and
 * resolve the unmatched ones. Registered before the payment routes, so that {@code /payments/{id}}
 * does not take {@code /payments/bank-lines}.
 */
public final class BankFileRoutes implements ApiRoutes {
    private final Lister lister;
    private final BankFileImport files;
    private final BankLineService lines;
    private final BankLayouts layouts;
    private final ListSpec<BankLines.BankLineDto> listed;

    public BankFileRoutes(Lister lister, BankFileImport files, BankLineService lines, BankLayouts layouts,
            java.time.ZoneId timeZone) {
        this.lister = lister;
        this.files = files;
        this.lines = lines;
        this.layouts = layouts;
        this.listed = BankLines.listed(timeZone);
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.BANK_FILE_LAYOUTS, Role.FINANCE_AREA, this::layouts)
                .upload(ApiPaths.BANK_FILES, Role.FINANCE_AREA, this::upload).query("bank", "dryRun")
                .get(ApiPaths.BANK_LINES, Role.FINANCE_AREA, this::list).query(listed.pageQuery())
                .post(ApiPaths.BANK_LINE_ASSIGN, Role.FINANCE_AREA, this::assign)
                .post(ApiPaths.BANK_LINE_RETURN, Role.FINANCE_AREA, this::giveBack);
    }

    private void upload(Call call) {
        String bank = call.query().value("bank").orElseThrow(() -> Refusal.invalid("bank", "is required"));
        // a money-writing upload never records because a parameter was left out
        boolean dryRun = call.query().bool("dryRun").orElseThrow(() -> Refusal.invalid("dryRun",
                "is required: true to check the file, false to record it"));
        byte[] body = call.bodyBytes(call.maxBody());
        call.ok(files.run(call.caller(), call.clientIp(), bank, body, dryRun));
    }

    private void layouts(Call call) {
        call.ok(layouts.described());
    }

    private void list(Call call) {
        PageRequest request = PageRequest.parse(call.query(), listed, Set.of());
        Object from = request.filter("from"); // the first instant of the first day
        Object to = request.filter("to"); // the first instant after the last day
        if (from != null && to != null
                && !((java.time.LocalDateTime) from).isBefore((java.time.LocalDateTime) to)) {
            throw Refusal.invalid("to", "must not be before from");
        }
        call.ok(lister.list(listed, request, q -> {
        }));
    }

    private void assign(Call call) {
        long id = call.pathId("id");
        long version = call.ifMatch();
        call.ok(lines.assign(call.caller(), call.clientIp(), id, version,
                call.json(BankLineService.AssignInput.class)));
    }

    private void giveBack(Call call) {
        long id = call.pathId("id");
        long version = call.ifMatch();
        call.ok(lines.giveBack(call.caller(), call.clientIp(), id, version,
                call.json(BankLineService.ReturnInput.class)));
    }
}
