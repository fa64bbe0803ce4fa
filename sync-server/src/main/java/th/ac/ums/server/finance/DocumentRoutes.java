package th.ac.ums.server.finance;

import io.helidon.http.HeaderNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import th.ac.ums.model.Dtos.BillPayment;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;

/**
 * Printed documents (FINANCE, ADMIN): {@code GET /receipts/{id}.pdf}, {@code GET /invoices/{id}.pdf}
 * and a day's receipts as one PDF, {@code GET /receipts.pdf?date=&recordedBy=}; and the invoice's
 * bill payment as data for the console to show ({@code GET /invoices/{id}/bill-payment}). Registered before the
 * JSON routes of the same resources, whose {@code {id}} would otherwise take "5.pdf".
 */
public final class DocumentRoutes implements ApiRoutes {
    private final DocumentService documents;
    private final java.util.function.Supplier<LocalDate> today;

    public DocumentRoutes(DocumentService documents, java.util.function.Supplier<LocalDate> today) {
        this.documents = documents;
        this.today = today;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.RECEIPT_PDF, Role.FINANCE_AREA, call -> {
            long id = call.pathId("id");
            pdf(call, "receipt-" + id, out -> documents.receipt(call.caller(), call.clientIp(), id, out));
        }).get(ApiPaths.INVOICE_PDF, Role.FINANCE_AREA, call -> {
            long id = call.pathId("id");
            pdf(call, "invoice-" + id, out -> documents.invoice(id, out));
        }).get(ApiPaths.INVOICE_BILL_PAYMENT, Role.FINANCE_AREA, call -> {
            var p = documents.billPayment(call.pathId("id"));
            call.ok(new BillPayment(p.billerId(), p.ref1(), p.ref2(), p.amountText(), p.payload()));
        }).get(ApiPaths.RECEIPTS_PDF, Role.FINANCE_AREA, call -> {
            LocalDate day = call.query().value("date").map(raw -> (LocalDate) ReceiptRoutes.DAY.parser().apply(raw))
                    .orElseGet(today);
            Optional<Long> cashier = call.query().id("recordedBy");
            var pages = documents.day(call.caller(), call.clientIp(), day, cashier);
            // a day's batch streams page by page: everything that could refuse has been done
            headers(call, "receipts-" + day);
            try (OutputStream out = call.response().outputStream()) {
                pages.accept(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).query("date", "recordedBy");
    }

    /** Runs the service into a buffer first, so a refusal is still a problem answer, then sends the PDF. */
    static void pdf(Call call, String name, Consumer<OutputStream> write) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(64 * 1024);
        write.accept(buffer);
        headers(call, name);
        try (OutputStream out = call.response().outputStream()) {
            buffer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headers(Call call, String name) {
        call.response().header(HeaderNames.CONTENT_TYPE, "application/pdf");
        call.response().header(HeaderNames.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".pdf\"");
        call.response().header(HeaderNames.CACHE_CONTROL, "no-store");
    }
}
