package th.ac.ums.server.finance;

import java.util.Map;
import java.util.Set;
import th.ac.ums.model.Dtos;
import th.ac.ums.model.Inputs;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.export.CsvExport;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;

/** Finance (FINANCE, ADMIN): invoices, payments, refunds, bulk invoicing, aging; dashboard for all staff. */
public final class FinanceRoutes implements ApiRoutes {
    private final Lister lister;
    private final InvoiceService invoices;
    private final InvoiceGenerator generator;
    private final PaymentService payments;
    private final Jobs jobs;
    private final ReportRollups reports;
    private final CsvExport export;

    public FinanceRoutes(Lister lister, InvoiceService invoices, InvoiceGenerator generator, PaymentService payments,
                         Jobs jobs, ReportRollups reports, CsvExport export) {
        this.lister = lister;
        this.invoices = invoices;
        this.generator = generator;
        this.payments = payments;
        this.jobs = jobs;
        this.reports = reports;
        this.export = export;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.INVOICES, Role.FINANCE_AREA, call -> call.ok(lister.list(FinanceLists.INVOICES,
                        invoiceRequest(call), q -> {
                        }))).query(FinanceLists.INVOICES.pageQuery())
                .get(ApiPaths.INVOICES_EXPORT, Role.FINANCE_AREA, call -> export.stream(call, FinanceLists.INVOICES,
                        invoiceRequest(call), q -> {
                        }, Dtos.InvoiceDto.class)).query(FinanceLists.INVOICES.exportQuery())
                .post(ApiPaths.INVOICES, Role.FINANCE_AREA, call -> call.created(invoices.issue(call.caller(),
                        call.clientIp(), call.json(Inputs.InvoiceInput.class))))
                .post(ApiPaths.INVOICES_GENERATE, Role.FINANCE_AREA, this::generate)
                .get(ApiPaths.INVOICE, Role.FINANCE_AREA, this::invoice)
                .post(ApiPaths.INVOICE_VOID, Role.FINANCE_AREA, this::voidInvoice)
                .get(ApiPaths.PAYMENTS, Role.FINANCE_AREA, call -> call.ok(lister.list(FinanceLists.PAYMENTS,
                        PageRequest.parse(call.query(), FinanceLists.PAYMENTS, Set.of()), q -> {
                        }))).query(FinanceLists.PAYMENTS.pageQuery())
                .get(ApiPaths.PAYMENTS_EXPORT, Role.FINANCE_AREA, call -> export.stream(call, FinanceLists.PAYMENTS,
                        PageRequest.parse(call.query(), FinanceLists.PAYMENTS, Set.of()), q -> {
                        }, Dtos.PaymentDto.class)).query(FinanceLists.PAYMENTS.exportQuery())
                .post(ApiPaths.PAYMENTS, Role.FINANCE_AREA, this::pay)
                .get(ApiPaths.PAYMENT, Role.FINANCE_AREA, call -> call.ok(lister.one(FinanceLists.PAYMENTS,
                        call.pathId("id"), "The payment")))
                .post(ApiPaths.PAYMENT_REFUND, Role.FINANCE_AREA, this::refund)
                .get(ApiPaths.JOB, Role.FINANCE_AREA, this::job)
                .get(ApiPaths.REPORTS_AGING, Role.FINANCE_AREA, this::aging).query("groupBy")
                .get(ApiPaths.REPORTS_FINANCE, Role.FINANCE_AREA, this::finance)
                .get(ApiPaths.REPORTS_DASHBOARD, Set.of(), this::dashboard);
    }

    /** The invoice list's request; a due-date range that ends before it starts is refused, not answered empty. */
    private static PageRequest invoiceRequest(Call call) {
        PageRequest request = PageRequest.parse(call.query(), FinanceLists.INVOICES, Set.of());
        Object from = request.filter("dueFrom");
        Object to = request.filter("dueTo");
        if (from != null && to != null && ((java.time.LocalDate) from).isAfter((java.time.LocalDate) to)) {
            throw Refusal.invalid("dueTo", "must not be before dueFrom");
        }
        return request;
    }

    private void invoice(Call call) {
        Dtos.InvoiceDto dto = lister.one(FinanceLists.INVOICES, call.pathId("id"), "The invoice");
        call.ok(dto);
    }

    private void voidInvoice(Call call) {
        long id = call.pathId("id");
        long version = call.ifMatch();
        call.ok(invoices.voidInvoice(call.caller(), call.clientIp(), id, version, call.json(Inputs.VoidInput.class)));
    }

    private void generate(Call call) {
        String job = generator.start(call.caller(), call.clientIp(), call.json(Inputs.GenerateInvoicesInput.class));
        call.response().header("Location", ApiPaths.BASE + ApiPaths.path(ApiPaths.JOB, job));
        call.send(202, Map.of("jobId", job, "status", "RUNNING"));
    }

    private void pay(Call call) {
        Idempotency.Answer answer = payments.pay(call.caller(), call.clientIp(), idempotencyKeys(call),
                call.json(Inputs.PaymentInput.class));
        call.response().header("Content-Type", "application/json");
        call.response().status(answer.status()).send(answer.body());
    }

    private void refund(Call call) {
        long id = call.pathId("id");
        Idempotency.Answer answer = payments.refund(call.caller(), call.clientIp(), idempotencyKeys(call), id,
                call.json(Inputs.RefundInput.class));
        call.response().header("Content-Type", "application/json");
        call.response().status(answer.status()).send(answer.body());
    }

    private void job(Call call) {
        call.ok(jobs.get(call.pathParam("id")).orElseThrow(() -> Refusal.notFound("The job")));
    }

    private void aging(Call call) {
        String groupBy = call.query().value("groupBy").orElse("faculty");
        if (!groupBy.equals("faculty") && !groupBy.equals("program")) {
            throw Refusal.invalid("groupBy", "must be faculty or program");
        }
        report(call, ReportRollups.Rollup.aging(groupBy));
    }

    private void finance(Call call) {
        report(call, ReportRollups.Rollup.FINANCE);
    }

    private void dashboard(Call call) {
        report(call, ReportRollups.Rollup.DASHBOARD);
    }

    /** A report as its rollup holds it: one Redis read, never the report's SQL. */
    private void report(Call call, ReportRollups.Rollup rollup) {
        byte[] document = reports.serve(rollup);
        call.response().header("Content-Type", "application/json");
        call.response().send(document);
    }

    private static java.util.List<String> idempotencyKeys(Call call) {
        return call.request().headers().all(io.helidon.http.HeaderNames.create(Idempotency.HEADER), java.util.List::of);
    }
}
