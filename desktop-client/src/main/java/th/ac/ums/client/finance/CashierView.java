package th.ac.ums.client.finance;

import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.Shortcut;

/**
 * "Receipts & day close": the day (today unless another is chosen), then two tabs: the day's
 * receipts ({@link DayReceiptsView}) and its day close ({@link DayCloseView}). F5 loads again.
 */
public final class CashierView {
    private final CashierViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final DayReceiptsView receipts;
    private final DayCloseView dayClose;
    private TabPane tabs;

    public CashierView(CashierViewModel vm, Formats formats, boolean mayCancel) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.receipts = new DayReceiptsView(vm, formats, mayCancel);
        this.dayClose = new DayCloseView(vm.dayClose(), formats);
    }

    public Page page() {
        Form f = new Form(i18n, vm.fieldErrors());
        DatePicker day = f.date("cashier.day", formats, vm.day(), "cashier-day");
        day.setMaxWidth(220);
        vm.day().addListener((o, was, now) -> vm.load());
        Tab list = new Tab();
        list.textProperty().bind(i18n.text("cashier.receiptsTab"));
        list.setContent(receipts.root());
        list.setId("cashier-receipts-tab");
        Tab close = new Tab();
        close.textProperty().bind(i18n.text("cashier.dayCloseTab"));
        close.setContent(dayClose.root());
        close.setId("cashier-day-close-tab");
        tabs = new TabPane(list, close);
        tabs.setId("cashier-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(f.root()));
        root.setId("cashier");
        root.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F5) {
                vm.load();
            }
        });
        return Page.of(root).focus(day).keys(new Shortcut("F5", "key.refresh"));
    }

    /** Shows the receipts tab (0) or the day close (1). */
    public void show(int tab) {
        tabs.getSelectionModel().select(tab);
    }
}
