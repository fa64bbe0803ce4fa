package th.ac.ums.client.finance;

import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.BillPayment;
import th.ac.ums.model.Dtos.InvoiceDto;

/**
 * How to pay what is outstanding on the selected invoice: the server's Thai QR bill payment
 * ({@code GET /invoices/{id}/bill-payment}, the same payload its PDF prints) with the biller ID,
 * Ref1, Ref2 and amount for a counter or an ATM. Nothing for a paid or void invoice (the server's
 * 409, when it was paid meanwhile, means the same). Latest selection wins.
 */
public final class BillPaymentViewModel {
    private final FinanceApi api;
    private final TaskRunner.Latest loads;
    private final ObjectProperty<BillPayment> bill = new SimpleObjectProperty<>();
    private final BooleanProperty due = new SimpleBooleanProperty(false);

    public BillPaymentViewModel(FinanceApi api, TaskRunner tasks) {
        this.api = api;
        this.loads = tasks.latest("bill-payment");
    }

    /** Asks for the invoice's bill payment when money is due on it; clears it otherwise. */
    public void load(InvoiceDto inv) {
        bill.set(null);
        boolean payable = inv != null && !"VOID".equals(inv.status()) && inv.outstanding() != null
                && new BigDecimal(inv.outstanding()).signum() > 0;
        due.set(payable);
        if (!payable) {
            loads.cancel();
            return;
        }
        long id = inv.id();
        loads.run(() -> api.billPayment(id), bill::set, e -> {
            if (e instanceof ApiException a && a.status() == 409) {
                due.set(false);     // paid or voided since the list was read: nothing to pay
            }
        });
    }

    /** The bill payment shown (null while it loads, or when there is nothing to pay). */
    public ObjectProperty<BillPayment> bill() {
        return bill;
    }

    /** Whether the invoice has money to pay (the section is shown). */
    public BooleanProperty due() {
        return due;
    }

    public LoadStatus loading() {
        return loads;
    }
}
