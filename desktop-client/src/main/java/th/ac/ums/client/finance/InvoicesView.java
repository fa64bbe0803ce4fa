package th.ac.ums.client.finance;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.InvoiceLine;
import th.ac.ums.model.Enums.InvoiceStatus;

/** Invoices grid, the selected invoice with its lines and the student's balance, "record payment" and refunds. */
public final class InvoicesView {
    private final InvoicesViewModel vm;
    private final PaymentView payment;
    private final RefundView refunds;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private final PagedTableView<InvoiceDto> table;
    private TextField student;

    public InvoicesView(InvoicesViewModel vm, PaymentView payment, RefundView refunds, Formats formats,
                        BooleanProperty online) {
        this.vm = vm;
        this.payment = payment;
        this.refunds = refunds;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
        this.table = new PagedTableView<>(vm.rows());
    }

    public Page page() {
        return Page.of(root()).focus(student).keys(new Shortcut("Enter", "key.search"));
    }

    public Parent root() {
        table.setId("invoices-table");
        table.column(i18n.text("invoice.number"), "number", 160, InvoiceDto::number);
        table.column(i18n.text("student.code"), "studentCode", 90, InvoiceDto::studentCode);
        table.add("dueDate", Columns.date(formats, i18n.text("invoice.due"), 110, InvoiceDto::dueDate));
        table.add("total", Columns.money(formats, i18n.text("invoice.total"), 105, InvoiceDto::total));
        table.add("outstanding", Columns.money(formats, i18n.text("invoice.outstanding"), 105,
                InvoiceDto::outstanding));
        table.add("status", Columns.word(formats, "InvoiceStatus", i18n.text("invoice.status"), 120,
                InvoiceDto::status));
        Columns.follow(table, formats);
        table.fitColumnsWhenLoaded(formats);
        table.setPlaceholder(Feedback.placeholder(i18n, vm.rows(), i18n.text("invoices.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selected(now));
        ScrollPane side = new ScrollPane(detail());
        side.setFitToWidth(true);
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.56);
        BorderPane root = new BorderPane(split);
        root.setTop(filters());
        return root;
    }

    private Parent filters() {
        student = new TextField();
        student.setId("invoice-student");
        student.promptTextProperty().bind(i18n.text("invoice.studentIdHint"));
        student.textProperty().bindBidirectional(vm.studentId());
        student.setOnAction(e -> vm.apply());
        ComboBox<String> status = Choices.words(formats, InvoiceStatus.class, "filter.anyStatus");
        status.valueProperty().bindBidirectional(vm.status());
        status.setId("invoice-status");
        status.setOnAction(e -> vm.apply());
        Button search = Form.button(i18n, "students.search", vm::apply);
        HBox bar = new HBox(8, student, status, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Parent detail() {
        Label pick = Form.wrapping(i18n.text("invoice.pick"));
        pick.getStyleClass().add("placeholder-text");
        pick.visibleProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        pick.managedProperty().bind(pick.visibleProperty());
        javafx.beans.property.StringProperty heading = new javafx.beans.property.SimpleStringProperty("");
        Label title = Form.wrapping(heading);
        title.setId("invoice-title");
        title.getStyleClass().add("record-title");
        TableView<InvoiceLine> lines = new TableView<>();
        lines.setId("invoice-lines");
        lines.setPrefHeight(130);
        lines.getColumns().add(Columns.text(i18n.text("invoice.line"), 300, InvoiceLine::description));
        lines.getColumns().add(Columns.money(formats, i18n.text("invoice.amount"), 110, InvoiceLine::amount));
        Columns.follow(lines, formats);
        Columns.fit(lines, formats);
        lines.setMinWidth(120);
        Label none = new Label();
        none.textProperty().bind(i18n.text("invoice.noLines"));
        lines.setPlaceholder(none);
        Label balance = Form.wrapping(Bindings.createStringBinding(() -> vm.balance().get() == null ? ""
                : i18n.get("student.balance", formats.money(vm.balance().get().invoiced()),
                formats.money(vm.balance().get().paid()), formats.money(vm.balance().get().outstanding()),
                formats.money(vm.balance().get().overdue())), vm.balance(), i18n.locale()));
        balance.setId("invoice-balance");
        Button pay = Form.button(i18n, "payment.record", () -> {
            InvoiceDto invoice = table.getSelectionModel().getSelectedItem();
            payment.show(invoice, () -> {
                vm.rows().refreshWhere(i -> i != null && i.id() == invoice.id());
                vm.selected(invoice);
            });
        });
        pay.setId("record-payment");
        pay.disableProperty().bind(online.not().or(table.getSelectionModel().selectedItemProperty().isNull()));
        Runnable describe = () -> {
            InvoiceDto inv = table.getSelectionModel().getSelectedItem();
            heading.set(inv == null ? "" : inv.number() + " · " + formats.word(InvoiceStatus.class, inv.status())
                    + " · " + i18n.get("invoice.due") + " " + formats.date(inv.dueDate()));
            lines.setItems(inv == null ? FXCollections.observableArrayList()
                    : FXCollections.observableArrayList(inv.lines()));
        };
        table.getSelectionModel().selectedItemProperty().addListener((o, was, inv) -> {
            describe.run();
            if (was == null || inv == null || was.id() != inv.id()) {
                payment.hide();
            }
        });
        i18n.locale().addListener((o, a, b) -> describe.run());
        Parent refundPane = refunds.root(() -> {
            InvoiceDto invoice = table.getSelectionModel().getSelectedItem();
            if (invoice != null) {
                vm.rows().refreshWhere(i -> i != null && i.id() == invoice.id());
                vm.selected(invoice);
            }
        });
        VBox selected = new VBox(8, title, lines, balance, pay, payment.root(), refundPane);
        selected.visibleProperty().bind(pick.visibleProperty().not());
        selected.managedProperty().bind(selected.visibleProperty());
        VBox box = new VBox(8, pick, selected);
        box.setPadding(new Insets(8));
        return box;
    }
}
