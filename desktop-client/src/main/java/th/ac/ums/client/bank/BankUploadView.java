package th.ac.ums.client.bank;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.client.ui.Review;
import th.ac.ums.model.Dtos.BankLayoutDto;

/**
 * "Upload a bank file": the bank (by name), "Check a bank file…" (the file chooser, then always a
 * dry run with progress and its review: lines, total, matched, already recorded, unmatched by reason,
 * unreadable lines); the review's "Record N payments (…)" (Enter) records them, Back (Esc) nothing.
 * The result names what was recorded and offers the unmatched lines.
 */
public final class BankUploadView {
    private final BankUploadViewModel vm;
    private final Formats formats;
    private final I18n i18n;
    private final BooleanProperty online;
    private final Runnable showUnmatched;
    private ComboBox<String> bank;
    private Button choose;

    public BankUploadView(BankUploadViewModel vm, Formats formats, BooleanProperty online, Runnable showUnmatched) {
        this.vm = vm;
        this.formats = formats;
        this.i18n = formats.i18n();
        this.online = online;
        this.showUnmatched = showUnmatched;
    }

    public Parent root() {
        Form f = new Form(i18n, vm.fieldErrors());
        bank = new ComboBox<>();
        Choices.showing(bank, i18n, code -> vm.layouts().stream().filter(l -> l.code().equals(code))
                .map(BankLayoutDto::name).findFirst().orElse(code == null ? "" : code));
        vm.layouts().addListener((javafx.collections.ListChangeListener<BankLayoutDto>) c -> bank.getItems().setAll(
                vm.layouts().stream().map(BankLayoutDto::code).toList()));
        bank.valueProperty().bindBidirectional(vm.bank());
        f.field("bank.bank", bank, "bank-bank");
        choose = Form.button(i18n, "bank.choose", this::choose);
        choose.setId("bank-choose-file");
        choose.disableProperty().bind(vm.busy().or(online.not()));
        Label progress = Form.message(i18n, vm.progress());
        progress.setId("bank-progress");
        HBox row = new HBox(8, choose, Feedback.small(vm.busy()), progress);
        row.setAlignment(Pos.CENTER_LEFT);
        f.field("bank.file", row, "file");
        Label notice = Form.wrapping(Notice.text(formats, vm.notice()));
        notice.setId("bank-notice");
        notice.getStyleClass().add("result-message");
        Button unmatched = Form.button(i18n, "bank.showUnmatched", showUnmatched);
        unmatched.setId("bank-show-unmatched");
        unmatched.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.recorded().get() != null
                && vm.recorded().get().unmatched().count() > 0, vm.recorded()));
        unmatched.managedProperty().bind(unmatched.visibleProperty());
        f.line(new VBox(6, notice, unmatched));
        TitledPane pane = Form.section(i18n.text("bank.uploadSection"), f.root());
        pane.setId("bank-upload");
        return pane;
    }

    /** The bank's drop-down, where the focus starts. */
    public Node focus() {
        return bank;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(choose.getScene().getWindow());
        if (file != null) {
            checkFile(file);
        }
    }

    /** Checks a file and shows its review (also used by tests, which skip the file chooser). */
    public void checkFile(File file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            vm.fieldErrors().put("file", I18n.compose("bank.unreadable", file.getName()));
            return;
        }
        vm.check(file.getName(), bytes, this::review);
    }

    private void review() {
        var r = vm.checked().get();
        Dialog<ButtonType> d = Review.dialog(choose.getScene().getWindow(), i18n, new BankFileReview(formats)
                .sheet(r, vm.bankName(), vm.fileName().get(), vm.committable()));
        Button record = (Button) d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        record.setId("bank-record");
        record.setDisable(!vm.committable());
        boolean go = d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
        if (go) {
            vm.commit();
        } else {
            vm.cancel();
        }
    }
}
