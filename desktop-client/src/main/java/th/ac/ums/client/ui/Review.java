package th.ac.ums.client.ui;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The review before anything that moves money or changes many records: what will happen, for
 * whom, how much or how many, in words, with the names. Nothing happens until it is confirmed:
 * Enter presses the confirming button, Esc goes back.
 * <pre>{@code
 * boolean go = Review.show(owner, i18n, new Review.Sheet("payment-review", i18n.get("payment.reviewTitle"),
 *         i18n.get("payment.reviewHeading"), List.of(new Review.Line(i18n.get("payment.student"), "62000004 …")),
 *         List.of(), i18n.get("payment.confirm")));
 * }</pre>
 */
public final class Review {
    private Review() {
    }

    /** One line of the review: what (a label) and its value in words. */
    public record Line(String label, String value) {
    }

    /**
     * A review: the dialog's id, title and heading (what will happen), its lines, the names it
     * applies to (a list, may be empty), a warning (empty: none) and the confirming button's text.
     */
    public record Sheet(String id, String title, String heading, List<Line> lines, List<String> names,
                        String warning, String confirm) {
        public Sheet {
            lines = List.copyOf(lines);
            names = List.copyOf(names);
            warning = warning == null ? "" : warning;
        }

        public Sheet(String id, String title, String heading, List<Line> lines, List<String> names, String confirm) {
            this(id, title, heading, lines, names, "", confirm);
        }
    }

    /** Shows the review and waits; true when confirmed. */
    public static boolean show(Window owner, I18n i18n, Sheet sheet) {
        Dialog<ButtonType> d = dialog(owner, i18n, sheet);
        return d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    /** The dialog of a review, not shown yet. */
    public static Dialog<ButtonType> dialog(Window owner, I18n i18n, Sheet sheet) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(sheet.title());
        d.getDialogPane().setId(sheet.id());
        Label heading = Form.wrapping(new SimpleStringProperty(sheet.heading()));
        heading.getStyleClass().add("review-heading");
        heading.setId(sheet.id() + "-heading");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (Line l : sheet.lines()) {
            Label k = new Label(l.label());
            k.getStyleClass().add("review-label");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label v = Form.wrapping(new SimpleStringProperty(l.value()));
            v.getStyleClass().add("review-value");
            GridPane.setValignment(k, VPos.TOP);
            grid.addRow(row++, k, v);
        }
        VBox content = new VBox(10, heading, grid);
        if (!sheet.names().isEmpty()) {
            ListView<String> names = new ListView<>(FXCollections.observableArrayList(sheet.names()));
            names.setId(sheet.id() + "-names");
            names.setFocusTraversable(false);
            // every name in view up to eight (rows of a fixed height: Thai lines are taller than Latin ones)
            names.setFixedCellSize(30);
            names.setPrefHeight(Math.min(8, sheet.names().size()) * 30 + 4);
            names.setMinHeight(Region.USE_PREF_SIZE);
            content.getChildren().add(names);
        }
        if (!sheet.warning().isEmpty()) {
            Label w = Form.wrapping(new SimpleStringProperty(sheet.warning()));
            w.getStyleClass().add("form-error");
            w.setId(sheet.id() + "-warning");
            content.getChildren().add(w);
        }
        content.setPrefWidth(520);
        d.getDialogPane().setContent(content);
        ButtonType confirm = new ButtonType(sheet.confirm(), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(i18n.get("review.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(confirm, back);
        Dialogs.prepare(d, owner);
        return d;
    }
}
