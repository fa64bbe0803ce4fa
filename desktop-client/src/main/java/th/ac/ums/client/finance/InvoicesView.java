package th.ac.ums.client.finance;

import java.math.BigDecimal;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Links;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.client.ui.PersonPicker;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.client.ui.Totals;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.InvoiceLine;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Enums.InvoiceStatus;

/**
 * The invoices grid (number, student code and name, due, total, outstanding, status), filtered by
 * a student chosen with the person picker, a status, or a scope another screen opened (an aging
 * bucket, named above the list). Beside it the selected invoice: its student (a link to the
 * Student 360), its lines with their total and "Print invoice", the student's balance, its payments
 * and refunds, recording a payment or a refund through a review (the result prints its receipt or
 * credit note), its receipts and credit notes with "Reprint", and last its Thai QR code and references
 * for what is outstanding.
 */
public final class InvoicesView {
    private final InvoicesViewModel vm;
    private final PaymentView payment;
    private final RefundView refunds;
    private final InvoiceDocumentsView documents;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private final Links links;
    private final PagedTableView<InvoiceDto> table;
    private final ObservableList<InvoiceLine> lines = FXCollections.observableArrayList();
    private PersonPicker student;

    public InvoicesView(InvoicesViewModel vm, PaymentView payment, RefundView refunds,
                        InvoiceDocumentsView documents, Formats formats, BooleanProperty online, Links links) {
        this.vm = vm;
        this.payment = payment;
        this.refunds = refunds;
        this.documents = documents;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
        this.links = links;
        this.table = new PagedTableView<>(vm.rows());
    }

    public Page page() {
        Parent root = root();
        return Page.of(root).focus(student.field()).keys(new Shortcut("↓ / ↑, Enter", "key.pickPerson"));
    }

    public PagedTableView<InvoiceDto> table() {
        return table;
    }

    public InvoicesViewModel viewModel() {
        return vm;
    }

    /** A student's invoices (a link from the Student 360), with one of them selected when not 0. */
    public void showStudent(StudentDto s, long invoiceId) {
        vm.showStudent(s, invoiceId);
    }

    /** The invoices of a scope (an aging bucket). */
    public void showScope(InvoicesViewModel.Scope scope) {
        vm.showScope(scope);
    }

    public Parent root() {
        table.setId("invoices-table");
        table.column(i18n.text("invoice.number"), "number", 160, InvoiceDto::number);
        table.column(i18n.text("student.code"), "studentCode", 90, InvoiceDto::studentCode);
        Columns.flex(table.column(i18n.text("invoice.student"), "studentName", 180, i -> formats.name(i.studentNameTh(),
                i.studentNameEn()))).setUserData("always");
        table.add("dueDate", Columns.date(formats, i18n.text("invoice.due"), 110, InvoiceDto::dueDate));
        table.add("total", Columns.money(formats, i18n.text("invoice.total"), 105, InvoiceDto::total));
        table.add("outstanding", Columns.money(formats, i18n.text("invoice.outstanding"), 105,
                InvoiceDto::outstanding));
        table.add("status", Columns.word(formats, "InvoiceStatus", i18n.text("invoice.status"), 120,
                InvoiceDto::status));
        Columns.follow(table, formats);
        table.fitColumnsWhenLoaded(formats);
        table.setPlaceholder(Feedback.placeholder(i18n, vm.rows(), i18n.text("invoices.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || !vm.rows().announcing()) {
                vm.selected(now);   // a row reloading deselects it for a moment: that is not another invoice
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<InvoiceDto>) c -> selectPending());
        ScrollPane side = new ScrollPane(detail());
        side.setFitToWidth(true);
        side.setId("invoice-detail-scroll");
        side.setMinHeight(0);
        side.setPrefHeight(100);    // the split pane gives it its height (a scroll pane asks for all its content's)
        // the list above the invoice (not beside it): at 1280 px every column of both is in view, the
        // money and the status included (issue 14: side by side, Total, Outstanding and Status were off-screen)
        SplitPane split = new SplitPane(table, side);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setMinHeight(0);     // a split pane asks for its content's full height otherwise: it scrolls instead
        split.setDividerPositions(0.36);
        BorderPane root = new BorderPane(split);
        root.setTop(filters());
        root.setBottom(statusBar());
        return root;
    }

    /** Selects the invoice a link asked for once its row has arrived. */
    private void selectPending() {
        long id = vm.pending().get();
        if (id == 0) {
            return;
        }
        for (int i = 0; i < Math.min(vm.rows().size(), vm.rows().pageSize()); i++) {
            InvoiceDto inv = vm.rows().peek(i);
            if (inv != null && inv.id() == id) {
                vm.pending().set(0);
                int index = i;
                Platform.runLater(() -> table.jumpTo(index));
                return;
            }
        }
    }

    private Parent filters() {
        student = new PersonPicker(vm.student(), formats, "invoice-student");
        HBox.setHgrow(student.field(), Priority.ALWAYS);
        student.field().setMaxWidth(520);
        Label who = new Label();
        who.textProperty().bind(i18n.text("invoice.studentFilter"));
        who.setMinWidth(Region.USE_PREF_SIZE);
        who.setLabelFor(student.field());
        ComboBox<String> status = Choices.words(formats, InvoiceStatus.class, "filter.anyStatus");
        status.valueProperty().bindBidirectional(vm.status());
        status.setId("invoice-status");
        status.setOnAction(e -> vm.apply());
        Button search = Form.button(i18n, "students.search", vm::apply);
        search.setId("invoices-go");
        HBox bar = new HBox(8, who, student.field(), status, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label scope = Form.wrapping(Bindings.createStringBinding(() -> vm.scope().get() == null ? ""
                : i18n.get("invoices.scope", i18n.message(vm.scope().get().description())), vm.scope(), i18n.locale()));
        scope.setId("invoices-scope");
        HBox.setHgrow(scope, Priority.ALWAYS);
        Button leave = Form.button(i18n, "invoices.clearScope", vm::clearScope);
        leave.setId("invoices-clear-scope");
        HBox scopeBar = new HBox(8, scope, leave);
        scopeBar.setAlignment(Pos.CENTER_LEFT);
        scopeBar.getStyleClass().add("scope-bar");
        scopeBar.visibleProperty().bind(vm.scope().isNotNull());
        scopeBar.managedProperty().bind(scopeBar.visibleProperty());
        VBox top = new VBox(6, bar, scopeBar);
        top.setPadding(new Insets(8));
        return top;
    }

    private Parent statusBar() {
        Label count = new Label();
        count.setId("invoices-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            var rows = vm.rows();
            if (!rows.error().get().isEmpty()) {
                return i18n.get("invoices.countFailed");
            }
            if (rows.size() == 0 && rows.loadingProperty().get()) {
                return i18n.get("students.searching");
            }
            if (rows.size() == 1 && rows.totalExact()) {
                return i18n.get("invoices.countOne");
            }
            return i18n.get(rows.totalExact() ? "invoices.count" : "invoices.countMore", formats.number(rows.size()));
        }, vm.rows(), vm.rows().loadingProperty(), vm.rows().error(), i18n.locale()));
        HBox bar = new HBox(10, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private Parent detail() {
        Label pick = Form.wrapping(i18n.text("invoice.pick"));
        pick.getStyleClass().add("placeholder-text");
        pick.visibleProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        pick.managedProperty().bind(pick.visibleProperty());
        StringProperty heading = new SimpleStringProperty("");
        Label title = Form.wrapping(heading);
        title.setId("invoice-title");
        title.getStyleClass().add("record-title");
        Hyperlink studentLink = new Hyperlink();
        studentLink.setId("invoice-student-link");
        studentLink.setMinWidth(Region.USE_PREF_SIZE);
        studentLink.setOnAction(e -> {
            InvoiceDto inv = table.getSelectionModel().getSelectedItem();
            if (inv != null) {
                links.student(inv.studentId(), inv.studentCode());
            }
        });
        StringProperty amounts = new SimpleStringProperty("");
        Label money = Form.wrapping(amounts);
        money.setId("invoice-amounts");
        TableView<InvoiceLine> linesTable = new TableView<>();
        linesTable.setId("invoice-lines");
        linesTable.getColumns().add(Columns.flex(Columns.text(i18n.text("invoice.line"), 300, InvoiceLine::description)));
        linesTable.getColumns().add(Columns.money(formats, i18n.text("invoice.amount"), 110, InvoiceLine::amount));
        Totals.install(linesTable, lines, rows -> new InvoiceLine(i18n.get("totals.total"),
                Totals.sum(rows, InvoiceLine::amount).toPlainString()));
        i18n.locale().addListener(o -> Totals.refresh(linesTable));
        Columns.follow(linesTable, formats);
        Columns.fit(linesTable, formats);
        Columns.sizeToRows(linesTable, 2, 8);
        linesTable.setMinWidth(120);
        Label none = new Label();
        none.textProperty().bind(i18n.text("invoice.noLines"));
        linesTable.setPlaceholder(none);
        Label balance = Form.wrapping(Bindings.createStringBinding(() -> vm.balance().get() == null ? ""
                : i18n.get("invoice.studentBalance", formats.money(vm.balance().get().invoiced()),
                formats.money(vm.balance().get().paid()), formats.money(vm.balance().get().outstanding()),
                formats.money(vm.balance().get().overdue())), vm.balance(), i18n.locale()));
        balance.setId("invoice-balance");
        Button pay = Form.button(i18n, "payment.record", () -> {
            InvoiceDto invoice = table.getSelectionModel().getSelectedItem();
            payment.show(invoice, () -> {
                refunds.viewModel().message().set("");   // the payment's result replaces an earlier refund's
                vm.rows().refreshWhere(i -> i != null && i.id() == invoice.id());
                vm.selected(invoice);
            });
        });
        pay.setId("record-payment");
        pay.disableProperty().bind(online.not().or(table.getSelectionModel().selectedItemProperty().isNull())
                .or(Bindings.createBooleanBinding(() -> {
                    InvoiceDto inv = table.getSelectionModel().getSelectedItem();
                    return inv == null || new BigDecimal(inv.outstanding()).signum() <= 0
                            || "VOID".equals(inv.status());
                }, table.getSelectionModel().selectedItemProperty())));
        // a disabled "Record payment" says why, as other disabled actions do
        Label payWhy = Form.wrapping(Bindings.createStringBinding(() -> {
            InvoiceDto inv = table.getSelectionModel().getSelectedItem();
            if (inv == null) {
                return "";
            }
            if ("VOID".equals(inv.status())) {
                return i18n.get("payment.whyVoid");
            }
            if (new BigDecimal(inv.outstanding()).signum() <= 0) {
                return i18n.get("payment.whyPaid");
            }
            return online.get() ? "" : i18n.get("payment.whyOffline");
        }, table.getSelectionModel().selectedItemProperty(), online, i18n.locale()));
        payWhy.setId("record-payment-why");
        payWhy.getStyleClass().add("placeholder-text");
        payWhy.visibleProperty().bind(payWhy.textProperty().isNotEmpty());
        payWhy.managedProperty().bind(payWhy.visibleProperty());
        Runnable describe = () -> {
            InvoiceDto inv = table.getSelectionModel().getSelectedItem();
            heading.set(inv == null ? "" : inv.number() + " · " + formats.word(InvoiceStatus.class, inv.status())
                    + " · " + i18n.get("invoice.due") + " " + formats.date(inv.dueDate()));
            studentLink.setText(inv == null ? "" : i18n.get("invoice.openStudent", formats.person(inv.studentCode(),
                    inv.studentNameTh(), inv.studentNameEn())));
            amounts.set(inv == null ? "" : i18n.get("invoice.amounts", formats.money(inv.total()),
                    formats.money(inv.paid()), formats.money(inv.outstanding())));
            lines.setAll(inv == null ? java.util.List.of() : inv.lines());
        };
        table.getSelectionModel().selectedItemProperty().addListener((o, was, inv) -> {
            describe.run();
            InvoiceDto paying = payment.viewModel().invoice().get();
            if (inv != null && (paying == null || paying.id() != inv.id())) {
                payment.hide();     // another invoice (a reloaded row of the same one keeps the form and its result)
            }
        });
        i18n.locale().addListener((o, a, b) -> describe.run());
        Parent refundPane = refunds.root(() -> {
            payment.viewModel().message().set("");   // the refund's result replaces the payment's: one result in view
            InvoiceDto invoice = table.getSelectionModel().getSelectedItem();
            if (invoice != null) {
                vm.rows().refreshWhere(i -> i != null && i.id() == invoice.id());
                vm.selected(invoice);
            }
        });
        VBox selected = new VBox(8, title, studentLink, money, linesTable, documents.printInvoice(), balance, pay,
                payWhy, payment.root(), refundPane, documents.receipts(),
                documents.billPayment());   // last: "Record payment", the counter's action, stays in view
        selected.setId("invoice-detail");
        selected.visibleProperty().bind(pick.visibleProperty().not());
        selected.managedProperty().bind(selected.visibleProperty());
        VBox box = new VBox(8, pick, selected);
        box.setPadding(new Insets(8));
        return box;
    }
}
