package th.ac.ums.client.finance;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.cache.ChangeFeed;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.ui.TaskRunner;
import th.ac.ums.model.Dtos.Balance;
import th.ac.ums.model.Dtos.InvoiceDto;

/** The invoices grid (by student, term, status), the selected invoice's student balance. */
public final class InvoicesViewModel {
    private final FinanceApi api;
    private final TaskRunner tasks;
    private final PagedList<InvoiceDto> rows;
    private final StringProperty studentId = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Balance> balance = new SimpleObjectProperty<>();

    private final RefundViewModel refunds;
    private final TaskRunner.Latest balances;

    public InvoicesViewModel(FinanceApi api, RefundViewModel refunds, Session session, ChangeFeed feed,
                             TaskRunner tasks) {
        this.refunds = refunds;
        this.api = api;
        this.tasks = tasks;
        this.rows = new PagedList<>(api::invoices, tasks, () -> session.online().get(), 100, 200);
        this.balances = tasks.latest("balance");
        feed.onChange(c -> {
            if ("invoice".equals(c.entity())) {
                long id = Long.parseLong(c.id());
                rows.refreshWhere(i -> i != null && i.id() == id);
            }
        });
    }

    public void apply() {
        Map<String, String> f = new LinkedHashMap<>();
        if (!studentId.get().isBlank()) {
            f.put("studentId", studentId.get().trim());
        }
        if (!status.get().isBlank()) {
            f.put("status", status.get());
        }
        rows.setQuery(f, "-issuedAt");
    }

    /** Shows an invoice's student balance and payments; only the invoice selected last is shown. */
    public void selected(InvoiceDto inv) {
        balance.set(null);
        refunds.load(inv);
        if (inv == null) {
            balances.cancel();
        } else {
            balances.run(() -> api.balance(inv.studentId()), balance::set, e -> balance.set(null));
        }
    }

    public FinanceApi api() {
        return api;
    }

    public PagedList<InvoiceDto> rows() {
        return rows;
    }

    public StringProperty studentId() {
        return studentId;
    }

    public StringProperty status() {
        return status;
    }

    public ObjectProperty<Balance> balance() {
        return balance;
    }
}
