package th.ac.ums.client.finance;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.PaymentDto;

/** The invoice's payments (and refunds), with "Refund" for a selected payment. */
public final class RefundView {
    private final RefundViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;

    public RefundView(RefundViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
    }

    public Parent root(Runnable refunded) {
        TableView<PaymentDto> list = new TableView<>(vm.payments());
        list.setId("invoice-payments");
        list.setPrefHeight(150);
        list.getColumns().add(Columns.word(formats, "PaymentKind", i18n.text("payment.kind"), 90, PaymentDto::kind));
        list.getColumns().add(Columns.money(formats, i18n.text("payment.amount"), 110, PaymentDto::amount));
        list.getColumns().add(Columns.word(formats, "PaymentMethod", i18n.text("payment.method"), 110,
                PaymentDto::method));
        list.getColumns().add(Columns.timestamp(formats, i18n.text("payment.date"), 150, PaymentDto::receivedAt));
        list.getColumns().add(Columns.text(i18n.text("payment.reference"), 120,
                p -> p.reference() == null ? "" : p.reference()));
        Columns.follow(list, formats);
        Columns.fit(list, formats);
        list.setMinWidth(120);
        list.setPlaceholder(Feedback.placeholder(i18n, vm.loading(), i18n.text("refund.noPayments")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selected().set(now));
        Form f = new Form(i18n, vm.fieldErrors());
        f.text("refund.amount", vm.amount(), "refund-amount");
        f.text("refund.reason", vm.reason(), "reason");
        Button refund = Form.button(i18n, "refund.do", () -> vm.refund(refunded));
        refund.setId("refund");
        refund.disableProperty().bind(online.not().or(vm.busy()).or(vm.selected().isNull()));
        f.actions(refund, Feedback.small(vm.busy()));
        f.message(vm.message()).setId("refund-message");
        return Form.section(i18n.text("refund.title"), new VBox(6, list, f.root()));
    }
}
