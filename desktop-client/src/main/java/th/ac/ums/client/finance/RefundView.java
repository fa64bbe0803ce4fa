package th.ac.ums.client.finance;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Forms;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.PaymentDto;

/** The invoice's payments (and refunds), with "Refund" for a selected payment. */
public final class RefundView {
    private final RefundViewModel vm;
    private final I18n i18n;
    private final BooleanProperty online;

    public RefundView(RefundViewModel vm, I18n i18n, BooleanProperty online) {
        this.vm = vm;
        this.i18n = i18n;
        this.online = online;
    }

    public Parent root(Runnable refunded) {
        ListView<PaymentDto> list = new ListView<>(vm.payments());
        list.setId("invoice-payments");
        list.setPrefHeight(110);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PaymentDto p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : (p.kind().equals("REFUND") ? "↩ " : "") + p.amount() + " THB · "
                        + p.method() + " · " + String.valueOf(p.receivedAt()).substring(0, 10)
                        + (p.reference() == null ? "" : " · " + p.reference()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selected().set(now));
        GridPane g = Forms.grid();
        Forms.text(g, 0, i18n.text("refund.amount"), vm.amount(), vm.fieldErrors(), "refund-amount");
        Forms.text(g, 1, i18n.text("refund.reason"), vm.reason(), vm.fieldErrors(), "reason");
        Button refund = new Button();
        refund.setId("refund");
        refund.textProperty().bind(i18n.text("refund.do"));
        refund.disableProperty().bind(online.not().or(vm.busy()).or(vm.selected().isNull()));
        refund.setOnAction(e -> vm.refund(refunded));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(i18n.message(vm.message()));
        g.add(new HBox(8, refund, message), 1, 2, 2, 1);
        TitledPane pane = new TitledPane("", new VBox(6, list, g));
        pane.textProperty().bind(i18n.text("refund.title"));
        pane.setCollapsible(false);
        return pane;
    }
}
