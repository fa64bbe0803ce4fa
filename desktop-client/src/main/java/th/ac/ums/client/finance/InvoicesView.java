package th.ac.ums.client.finance;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Enums.InvoiceStatus;

/** Invoices grid, the selected invoice with its lines and the student's balance, and "record payment". */
public final class InvoicesView {
    private final InvoicesViewModel vm;
    private final PaymentView payment;
    private final RefundView refunds;
    private final I18n i18n;
    private final BooleanProperty online;
    private final PagedTableView<InvoiceDto> table;

    public InvoicesView(InvoicesViewModel vm, PaymentView payment, RefundView refunds, I18n i18n,
                        BooleanProperty online) {
        this.vm = vm;
        this.payment = payment;
        this.refunds = refunds;
        this.i18n = i18n;
        this.online = online;
        this.table = new PagedTableView<>(vm.rows());
    }

    public Parent root() {
        table.setId("invoices-table");
        table.column(i18n.text("invoice.number"), "number", 150, InvoiceDto::number);
        table.column(i18n.text("student.code"), "studentCode", 90, InvoiceDto::studentCode);
        table.column(i18n.text("invoice.due"), "dueDate", 95, i -> String.valueOf(i.dueDate()));
        table.column(i18n.text("invoice.total"), "total", 100, InvoiceDto::total);
        table.column(i18n.text("invoice.outstanding"), "outstanding", 100, InvoiceDto::outstanding);
        table.column(i18n.text("invoice.status"), "status", 110, i -> i18n.get("invoice." + i.status()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selected(now));
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(detail());
        side.setFitToWidth(true);
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.6);
        BorderPane root = new BorderPane(split);
        root.setTop(filters());
        return root;
    }

    private Parent filters() {
        TextField student = new TextField();
        student.promptTextProperty().bind(i18n.text("invoice.studentIdHint"));
        student.textProperty().bindBidirectional(vm.studentId());
        student.setOnAction(e -> vm.apply());
        ComboBox<String> status = new ComboBox<>(FXCollections.observableArrayList(""));
        for (InvoiceStatus s : InvoiceStatus.values()) {
            status.getItems().add(s.name());
        }
        status.valueProperty().bindBidirectional(vm.status());
        status.setId("invoice-status");
        status.setOnAction(e -> vm.apply());
        Button search = new Button();
        search.textProperty().bind(i18n.text("students.search"));
        search.setOnAction(e -> vm.apply());
        HBox bar = new HBox(8, student, status, search);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Parent detail() {
        Label title = new Label();
        title.getStyleClass().add("record-title");
        ListView<String> lines = new ListView<>();
        lines.setPrefHeight(140);
        Label balance = new Label();
        balance.setId("invoice-balance");
        balance.setWrapText(true);
        balance.textProperty().bind(Bindings.createStringBinding(() -> vm.balance().get() == null ? ""
                : i18n.get("student.balance", vm.balance().get().invoiced(), vm.balance().get().paid(),
                vm.balance().get().outstanding(), vm.balance().get().overdue()), vm.balance(), i18n.locale()));
        Button pay = new Button();
        pay.setId("record-payment");
        pay.textProperty().bind(i18n.text("payment.record"));
        pay.disableProperty().bind(online.not().or(table.getSelectionModel().selectedItemProperty().isNull()));
        pay.setOnAction(e -> {
            InvoiceDto invoice = table.getSelectionModel().getSelectedItem();
            payment.show(invoice, () -> {
                vm.rows().refreshWhere(i -> i != null && i.id() == invoice.id());
                vm.selected(invoice);
            });
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, inv) -> {
            title.setText(inv == null ? "" : inv.number() + " · " + inv.status());
            lines.setItems(inv == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(
                    inv.lines().stream().map(l -> l.description() + "   " + l.amount() + " THB").toList()));
        });
        Parent refundPane = refunds.root(() -> {
            InvoiceDto invoice = table.getSelectionModel().getSelectedItem();
            if (invoice != null) {
                vm.rows().refreshWhere(i -> i != null && i.id() == invoice.id());
                vm.selected(invoice);
            }
        });
        VBox box = new VBox(8, title, lines, balance, pay, payment.root(), refundPane);
        box.setPadding(new Insets(8));
        return box;
    }
}
