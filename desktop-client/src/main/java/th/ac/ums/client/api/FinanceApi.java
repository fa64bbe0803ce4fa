package th.ac.ums.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import th.ac.ums.model.Dtos.Balance;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.PageDto;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.Inputs.PaymentInput;
import th.ac.ums.model.Inputs.RefundInput;

/** Invoices, payments (always with an idempotency key), refunds, balances and the aging report. */
public final class FinanceApi {
    private final ApiClient api;
    private final Pages pages;

    public FinanceApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    public PageDto<InvoiceDto> invoices(PageQuery q) {
        return pages.fetch("/invoices", q, InvoiceDto.class);
    }

    public InvoiceDto invoice(long id) {
        return api.get("/invoices/" + id, InvoiceDto.class);
    }

    public PageDto<PaymentDto> payments(PageQuery q) {
        return pages.fetch("/payments", q, PaymentDto.class);
    }

    /** Records a payment; retrying with the same key never records it twice. */
    public PaymentDto pay(PaymentInput in, String idempotencyKey) {
        return api.send("POST", "/payments", in, Map.of("Idempotency-Key", idempotencyKey), PaymentDto.class);
    }

    public PaymentDto refund(long paymentId, RefundInput in, String idempotencyKey) {
        return api.send("POST", "/payments/" + paymentId + "/refund", in, Map.of("Idempotency-Key", idempotencyKey),
                PaymentDto.class);
    }

    public Balance balance(long studentId) {
        return api.get("/students/" + studentId + "/balance", Balance.class);
    }

    public JsonNode aging(String groupBy) {
        return api.get(Query.of("/reports/aging").with("groupBy", groupBy).toString(), JsonNode.class);
    }

    /** The finance figures: outstanding, overdue, collected and refunded this month ({@code GET /reports/finance}). */
    public JsonNode finance() {
        return api.get("/reports/finance", JsonNode.class);
    }

    public JsonNode dashboard() {
        return api.get("/reports/dashboard", JsonNode.class);
    }
}
