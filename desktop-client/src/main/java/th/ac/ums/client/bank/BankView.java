package th.ac.ums.client.bank;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Dates;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.model.Dtos.BankLayoutDto;
import th.ac.ums.model.Dtos.BankLineDto;
import th.ac.ums.model.Enums.BankLineOutcome;

/**
 * Bank payments: uploading a bank's file (above), then the lines of bank files (the unmatched ones
 * first: paid at, bank, transaction, amount, Ref1, Ref2, channel, outcome and reason in words), with
 * "Assign to invoice…" and "Return to payer…" for an unmatched line.
 */
public final class BankView {
    private final BankUploadView upload;
    private final BankLinesViewModel vm;
    private final BankLineDialogs dialogs;
    private final BankUploadViewModel uploads;
    private final Formats formats;
    private final I18n i18n;
    private final BooleanProperty online;
    private final PagedTableView<BankLineDto> table;

    public BankView(BankUploadViewModel uploads, BankLinesViewModel vm, BankLineDialogs dialogs, Formats formats,
                    BooleanProperty online) {
        this.uploads = uploads;
        this.vm = vm;
        this.dialogs = dialogs;
        this.formats = formats;
        this.i18n = formats.i18n();
        this.online = online;
        this.upload = new BankUploadView(uploads, formats, online, vm::showUnmatched);
        this.table = new PagedTableView<>(vm.rows());
        uploads.recorded().addListener((o, was, now) -> {
            if (now != null) {
                vm.apply();
            }
        });
    }

    public Page page() {
        Parent root = root();
        return Page.of(root).focus(upload.focus()).keys(new Shortcut("Enter", "key.bankReview"));
    }

    public BankUploadView upload() {
        return upload;
    }

    public PagedTableView<BankLineDto> table() {
        return table;
    }

    private Parent root() {
        table.setId("bank-lines-table");
        table.add("paidAt", Columns.timestamp(formats, i18n.text("bank.paidAt"), 150, BankLineDto::paidAt));
        table.column(i18n.text("bank.bankColumn"), "bank", 80, l -> l.bank().toUpperCase(java.util.Locale.ROOT));
        table.column(i18n.text("bank.transaction"), "transactionId", 120, BankLineDto::transactionId);
        table.add("amount", Columns.money(formats, i18n.text("bank.amount"), 100, BankLineDto::amount));
        table.column(i18n.text("bank.ref1"), "ref1", 90, BankLineDto::ref1);
        table.column(i18n.text("bank.ref2"), "ref2", 140, BankLineDto::ref2);
        table.column(i18n.text("bank.channel"), "channel", 90, BankLineDto::channel);
        Columns.flex(table.column(i18n.text("bank.outcome"), "outcome", 200, this::outcome)).setUserData("always");
        Columns.follow(table, formats);
        table.fitColumnsWhenLoaded(formats);
        table.setPlaceholder(Feedback.placeholder(i18n, vm.rows(), Bindings.createStringBinding(() -> i18n.get(
                BankLinesViewModel.UNMATCHED.equals(vm.outcome().get()) ? "bank.noneUnmatched" : "bank.none"),
                vm.outcome(), i18n.locale())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || !vm.rows().announcing()) {
                vm.selected().set(now);
            }
        });
        VBox top = new VBox(8, upload.root(), filters());
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(actions());
        return root;
    }

    /** "Unmatched: no invoice found", "Assigned", … */
    private String outcome(BankLineDto l) {
        String outcome = formats.word("BankLineOutcome", l.outcome());
        return l.reason() == null || !"UNMATCHED".equals(l.outcome()) ? outcome
                : outcome + ": " + formats.word("BankLineReason", l.reason());
    }

    private Parent filters() {
        ComboBox<String> outcome = Choices.words(formats, BankLineOutcome.class, "bank.anyOutcome");
        outcome.valueProperty().bindBidirectional(vm.outcome());
        outcome.setId("bank-outcome");
        outcome.setOnAction(e -> vm.apply());
        ComboBox<String> bank = new ComboBox<>();
        bank.setId("bank-filter-bank");
        bank.setMinWidth(Region.USE_PREF_SIZE);
        Choices.showing(bank, i18n, code -> code == null || code.isEmpty() ? i18n.get("bank.anyBank")
                : uploads.layouts().stream().filter(l -> l.code().equals(code)).map(BankLayoutDto::name).findFirst()
                .orElse(code));
        bank.getItems().add("");
        uploads.layouts().addListener((javafx.collections.ListChangeListener<BankLayoutDto>) c -> {
            bank.getItems().setAll("");
            uploads.layouts().forEach(l -> bank.getItems().add(l.code()));
        });
        bank.valueProperty().bindBidirectional(vm.bank());
        bank.setOnAction(e -> vm.apply());
        DatePicker from = date(vm.from(), "bank-from");
        DatePicker to = date(vm.to(), "bank-to");
        Button search = Form.button(i18n, "students.search", () -> {
            Dates.commitAll(from.getParent());
            vm.apply();
        });
        search.setId("bank-search");
        search.setDefaultButton(false);
        HBox bar = new HBox(8, label("bank.show", outcome), outcome, bank, label("bank.paidFrom", from), from,
                label("bank.paidTo", to), to, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = Form.wrapping(Bindings.createStringBinding(() -> i18n.message(vm.fieldErrors().get("to")),
                vm.fieldErrors(), i18n.locale()));
        error.setId("bank-to-error");
        error.getStyleClass().add("field-error");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(4, bar, error);
    }

    private DatePicker date(javafx.beans.property.ObjectProperty<java.time.LocalDate> value, String id) {
        DatePicker d = new DatePicker();
        Dates.follow(d, formats);
        d.valueProperty().bindBidirectional(value);
        d.setId(id);
        d.setPrefWidth(140);
        return d;
    }

    private Label label(String key, javafx.scene.Node control) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        return l;
    }

    private Parent actions() {
        Button assign = Form.button(i18n, "bank.assign", () -> dialogs.assign(table, vm.selected().get(),
                vm::apply));
        assign.setId("bank-assign");
        Button giveBack = Form.button(i18n, "bank.return", () -> dialogs.giveBack(table, vm.selected().get(),
                vm::apply));
        giveBack.setId("bank-return");
        var why = Bindings.createStringBinding(vm::why, vm.selected());
        for (Button b : new Button[] {assign, giveBack}) {
            b.disableProperty().bind(online.not().or(why.isNotEmpty()).or(dialogs.viewModel().busy()));
        }
        Label whyLabel = Form.wrapping(i18n.message(why));
        whyLabel.setId("bank-action-why");
        whyLabel.getStyleClass().add("placeholder-text");
        Label notice = Form.wrapping(Notice.text(formats, dialogs.viewModel().notice()));
        notice.setId("bank-line-notice");
        notice.getStyleClass().add("result-message");
        HBox buttons = new HBox(8, assign, giveBack, whyLabel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(whyLabel, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(6, buttons, notice);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("status-bar");
        return box;
    }
}
