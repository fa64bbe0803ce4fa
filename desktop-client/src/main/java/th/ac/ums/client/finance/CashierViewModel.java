package th.ac.ums.client.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.data.SignedInUser;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.DateChecks;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.model.Dtos.DayCloseRow;
import th.ac.ums.model.validation.DateRules;

/**
 * The cashier's screen: one day (today in the university's zone unless another is chosen, checked
 * like every date field), its receipts ({@link DayReceiptsViewModel}) and its day close
 * ({@link DayCloseViewModel}). The cashier filter offers everyone, the signed-in user and each
 * cashier of the day's close.
 */
public final class CashierViewModel {
    /** How far back a day may be chosen: receipts are kept, but a day close is a recent matter. */
    static final int YEARS_BACK = 10;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<CashierChoice> cashiers = FXCollections.observableArrayList();
    private final DayReceiptsViewModel receipts;
    private final DayCloseViewModel dayClose;
    private final Formats formats;
    private final Supplier<SignedInUser> me;

    public CashierViewModel(FinanceApi api, TaskRunner tasks, Formats formats, Documents documents,
            Supplier<SignedInUser> me) {
        this.formats = formats;
        this.me = me;
        this.receipts = new DayReceiptsViewModel(api, tasks, documents);
        this.dayClose = new DayCloseViewModel(api, tasks, documents);
        day.set(formats.today());
        receipts.whenChanged(() -> dayClose.load(day.get()));
        dayClose.rows().addListener((javafx.collections.ListChangeListener<DayCloseRow>) c -> choices());
        choices();
    }

    /** Loads the day chosen (after checking it): its receipts and its day close. */
    public void load() {
        fieldErrors.remove("day");
        LocalDate d = day.get();
        if (d == null) {
            fieldErrors.put("day", "cashier.dayRequired");
            return;
        }
        if (!new DateChecks(formats).check(fieldErrors, "day", d, (e, f, date, today) ->
                DateRules.within(e, f, date, today.minusYears(YEARS_BACK), today))) {
            return;
        }
        receipts.load(d);
        dayClose.load(d);
    }

    /** Everyone, me, then the day's cashiers by name; the choice made stays when it is still offered. */
    private void choices() {
        Map<Long, CashierChoice> all = new LinkedHashMap<>();
        SignedInUser user = me.get();
        if (user != null) {
            all.put(user.id(), new CashierChoice(user.id(), user.displayName(), true));
        }
        for (DayCloseRow r : dayClose.rows()) {
            all.putIfAbsent(r.cashierId(), new CashierChoice(r.cashierId(), r.cashierName(), false));
        }
        List<CashierChoice> list = new ArrayList<>();
        list.add(CashierChoice.EVERYONE);
        list.addAll(all.values());
        CashierChoice chosen = receipts.cashier().get();
        cashiers.setAll(list);
        receipts.cashier().set(list.contains(chosen) ? chosen : CashierChoice.EVERYONE);
    }

    /** Shows only the signed-in user's receipts. */
    public void mine() {
        cashiers.stream().filter(CashierChoice::me).findFirst().ifPresent(c -> {
            receipts.cashier().set(c);
            receipts.refilter();
        });
    }

    public ObjectProperty<LocalDate> day() {
        return day;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObservableList<CashierChoice> cashiers() {
        return cashiers;
    }

    public DayReceiptsViewModel receipts() {
        return receipts;
    }

    public DayCloseViewModel dayClose() {
        return dayClose;
    }
}
