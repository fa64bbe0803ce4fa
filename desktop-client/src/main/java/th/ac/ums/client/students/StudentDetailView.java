package th.ac.ums.client.students;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.finance.ReceiptsView;
import th.ac.ums.client.ui.Cells;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Links;
import th.ac.ums.client.ui.Totals;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.EnrollmentDto;
import th.ac.ums.model.Dtos.HoldDto;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.StudentDetail;
import th.ac.ums.model.Enums.HoldBlock;
import th.ac.ums.model.Enums.HoldType;
import th.ac.ums.model.Enums.StudentStatus;
import th.ac.ums.model.Enums.Title;
import th.ac.ums.client.ui.Dates;

/**
 * Student 360 (program, faculty, balance with a link to the student's invoices, every active hold
 * with who placed it and when, enrolments with term, course and section, and for finance staff
 * the student's invoices with a totals row and receipts and credit notes with "Reprint") and its editor (Ctrl+S saves). Registrar staff place
 * a hold from here (the person picker starts on this student).
 */
public final class StudentDetailView {
    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    private final StudentEditorViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private final Links links;
    private final boolean canEdit;
    private final java.util.function.Supplier<HoldViewModel> holdForm;
    private final VBox summary = new VBox(6);
    private final HBox actions = new HBox(10);
    private final javafx.collections.ObservableList<HoldDto> holds = FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<EnrollmentDto> enrollments = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty holdsTitle = new SimpleStringProperty("");
    private final javafx.beans.property.StringProperty enrollmentsTitle = new SimpleStringProperty("");
    private final javafx.beans.property.StringProperty holdMessage = new SimpleStringProperty("");
    private VBox details;
    private ReceiptsView receipts;

    public StudentDetailView(StudentEditorViewModel vm, Formats formats, BooleanProperty online) {
        this(vm, formats, online, Links.NONE, true, null);
    }

    /**
     * @param canEdit  whether the user may edit students (registrar, admin): otherwise no editor
     * @param holdForm a hold form for "Place a hold" (null: not offered to this user)
     */
    public StudentDetailView(StudentEditorViewModel vm, Formats formats, BooleanProperty online, Links links,
                             boolean canEdit, java.util.function.Supplier<HoldViewModel> holdForm) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
        this.links = links;
        this.canEdit = canEdit;
        this.holdForm = holdForm;
    }

    /**
     * Shows a student at (at least) this version. The one on screen is reloaded only when the grid
     * has a newer version and there are no unsaved edits (those meet the 412 flow on save).
     */
    public void open(long id, long version) {
        var now = vm.loaded().get();
        boolean same = now != null && now.id() == id;
        if (!same || (version > now.version() && !vm.dirty())) {
            if (!same) {
                holdMessage.unbind();
                holdMessage.set("");
            }
            vm.load(id);
        }
        if (receipts != null) {
            receipts.viewModel().showStudent(id);   // read again each time: a payment since adds one
        }
    }

    /** The student's receipts and credit notes with "Reprint" (finance staff), under the invoices. */
    public StudentDetailView withReceipts(ReceiptsView list) {
        this.receipts = list;
        return this;
    }

    public StudentEditorViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        vm.loaded().addListener((o, was, now) -> summarize(now));
        i18n.locale().addListener((o, a, b) -> summarize(vm.loaded().get()));
        formats.zone().addListener((o, a, b) -> summarize(vm.loaded().get()));
        Label pick = Form.wrapping(i18n.text("student.pick"));
        pick.getStyleClass().add("placeholder-text");
        pick.visibleProperty().bind(vm.loaded().isNull());
        pick.managedProperty().bind(pick.visibleProperty());
        details = new VBox(8, summary, holdsSection(), enrollmentsSection());
        if (vm.showsInvoices()) {
            details.getChildren().add(invoicesSection());
        }
        if (receipts != null) {
            details.getChildren().add(receipts.section("student-receipts", "student-reprint-receipt", true));
            vm.loaded().addListener((o, was, now) -> {
                if (now == null) {
                    receipts.viewModel().showStudent(0);
                }
            });
        }
        details.visibleProperty().bind(vm.loaded().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        VBox box = new VBox(8, pick, details, editor());
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(scroll);
        pane.setTop(conflicts());
        pane.setBottom(actions);
        pane.setId("student-detail");
        // the whole national ID is masked again when the screen is left
        pane.sceneProperty().addListener((o, was, now) -> vm.nationalIdShown().hide());
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && canEdit) {
                Dates.commitAll(pane);
                vm.save();
                e.consume();
            }
        });
        return Feedback.busy(pane, vm.loading().running());
    }

    private void summarize(StudentDetail d) {
        summary.getChildren().clear();
        if (d == null) {
            holds.clear();
            enrollments.clear();
            return;
        }
        boolean th = i18n.thai();
        Label name = new Label(th ? d.firstNameTh() + " " + d.lastNameTh() : d.firstNameEn() + " " + d.lastNameEn());
        name.getStyleClass().add("record-title");
        name.setId("student-name");
        name.setMinWidth(0);
        name.setWrapText(true);
        Label sub = line((th ? d.firstNameEn() + " " + d.lastNameEn() : d.firstNameTh() + " " + d.lastNameTh())
                + "  ·  " + d.studentCode() + "  ·  " + formats.word(StudentStatus.class, d.status()));
        sub.setId("student-sub");
        Label contact = line(i18n.get("student.email") + ": " + d.email() + (d.phone() == null || d.phone().isBlank()
                ? "" : "  ·  " + i18n.get("student.phone") + ": " + d.phone()));
        contact.setId("student-contact");
        Label program = line(i18n.get("student.program") + ": " + d.program().code() + " "
                + (th ? d.program().nameTh() : d.program().nameEn()));
        program.setId("student-program");
        Label faculty = line(i18n.get("student.faculty") + ": " + (th ? d.faculty().nameTh() : d.faculty().nameEn())
                + "  ·  " + i18n.get("student.admitted") + ": " + formats.date(d.admittedAt()));
        faculty.setId("student-faculty");
        Label balance = line(i18n.get("student.balance", formats.money(d.balance().invoiced()),
                formats.money(d.balance().paid()), formats.money(d.balance().outstanding()),
                formats.money(d.balance().overdue())));
        balance.setId("student-balance");
        balance.getStyleClass().add(new BigDecimal(d.balance().overdue()).signum() > 0 ? "money-bad" : "money");
        summary.getChildren().addAll(name, sub, contact, program, faculty, identity(d), nationalId(), balance);
        if (links.invoicesAllowed()) {
            Hyperlink invoices = new Hyperlink(i18n.get("student.openInvoices", d.studentCode()));
            invoices.setId("student-invoices-link");
            invoices.setMinWidth(Region.USE_PREF_SIZE);
            invoices.setOnAction(e -> links.invoicesOf(vm.asRow(), 0));
            summary.getChildren().add(invoices);
        }
        holds.setAll(d.holds());
        enrollments.setAll(d.enrollments());
        holdsTitle.set(i18n.get("student.holds", d.holds().size()));
        enrollmentsTitle.set(i18n.get("student.enrollments", d.enrollments().size()));
    }

    /** Title and date of birth, in words and the console's era. */
    private Label identity(StudentDetail d) {
        String none = i18n.get("student.nationalIdNone");
        Label l = line(i18n.get("student.identity", d.title() == null ? none : formats.word(Title.class, d.title()),
                d.birthDate() == null ? none : formats.date(d.birthDate())));
        l.setId("student-identity");
        return l;
    }

    /** The national ID masked; "Show" (registrar, admin) asks the server for the whole number, "Hide" masks it again. */
    private Parent nationalId() {
        NationalIdViewModel id = vm.nationalIdShown();
        Label number = new Label();
        number.setId("student-national-id");
        number.setMinWidth(Region.USE_PREF_SIZE);
        number.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("student.nationalIdLine",
                id.shown().get().isEmpty() ? i18n.get("student.nationalIdNone") : id.shown().get()), id.shown(),
                i18n.locale()));
        HBox row = new HBox(8, number);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (canEdit && !id.shown().get().isEmpty()) {
            Button show = new Button();
            show.setId("show-national-id");
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL);
            show.textProperty().bind(Bindings.when(id.whole()).then(i18n.text("student.hideId"))
                    .otherwise(i18n.text("student.showId")));
            show.setOnAction(e -> {
                if (id.whole().get()) {
                    id.hide();
                } else {
                    id.reveal();
                }
            });
            show.disableProperty().bind(online.not());
            row.getChildren().add(show);
        }
        Label failed = Form.message(i18n, id.message());
        failed.getStyleClass().add("form-error");
        failed.visibleProperty().bind(failed.textProperty().isNotEmpty());
        failed.managedProperty().bind(failed.visibleProperty());
        return new VBox(2, row, failed);
    }

    /** Every active hold: type, reason, what it blocks, who placed it (by name) and when, each wrapped in full. */
    private Parent holdsSection() {
        VBox cards = new VBox(6);
        cards.setId("student-holds");
        Runnable draw = () -> {
            cards.getChildren().clear();
            if (holds.isEmpty()) {
                Label none = new Label(i18n.get("student.noHolds"));
                none.getStyleClass().add("placeholder-text");
                cards.getChildren().add(none);
            }
            for (HoldDto h : holds) {
                Label title = Form.wrapping(new SimpleStringProperty(i18n.get("hold.line",
                        formats.word(HoldType.class, h.type()), h.reason())));
                title.getStyleClass().add("hold-title");
                String by = h.placedByName() == null || h.placedByName().isBlank() ? i18n.get("hold.placedByNone")
                        : h.placedByName();
                Label details = Form.wrapping(new SimpleStringProperty(i18n.get("hold.details", String.join(", ",
                        h.blocks().stream().map(b -> formats.word(HoldBlock.class, b)).toList()), by,
                        formats.timestamp(h.placedAt()))));
                details.getStyleClass().add("hold-details");
                VBox card = new VBox(2, title, details);
                if (holdForm != null) {
                    // registrar staff and administrators lift holds (POST /holds/{id}/lift); others never see it
                    Button lift = Form.button(i18n, "hold.lift", () -> liftHold(h));
                    lift.setId("lift-hold-" + h.id());
                    lift.getStyleClass().add("lift-hold");
                    lift.disableProperty().bind(online.not());
                    card.getChildren().add(lift);
                }
                card.getStyleClass().add("hold-card");
                cards.getChildren().add(card);
            }
        };
        holds.addListener((javafx.collections.ListChangeListener<HoldDto>) c -> draw.run());
        draw.run();
        VBox box = new VBox(6, cards);
        if (holdForm != null) {
            Button place = Form.button(i18n, "hold.place", this::placeHold);
            place.setId("place-hold");
            place.disableProperty().bind(online.not());
            Label message = Form.message(i18n, holdMessage);
            message.setId("hold-message");
            message.getStyleClass().add("form-ok");
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            box.getChildren().addAll(place, message);
        }
        return Form.section(holdsTitle, box);
    }

    /** Enrolments: term, course code and title, section. */
    private Parent enrollmentsSection() {
        TableView<EnrollmentDto> t = new TableView<>(enrollments);
        t.setId("student-enrollments");
        t.getColumns().add(Columns.text(i18n.text("enrollment.term"), 80, EnrollmentDto::termCode));
        t.getColumns().add(Columns.text(i18n.text("section.course"), 90, EnrollmentDto::courseCode));
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("section.title"), 240, e -> formats.name(e.courseTitleTh(),
                e.courseTitleEn()))));
        t.getColumns().add(Columns.text(i18n.text("section.no"), 60, EnrollmentDto::sectionNo));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        Columns.sizeToRows(t, 2, 8);
        Label none = new Label();
        none.textProperty().bind(i18n.text("student.noEnrollments"));
        none.getStyleClass().add("placeholder-text");
        t.setPlaceholder(none);
        return Form.section(enrollmentsTitle, t);
    }

    /** The student's invoices (finance staff), newest first, with a totals row; Enter or a double click opens one. */
    private Parent invoicesSection() {
        TableView<InvoiceDto> t = new TableView<>();
        t.setId("student-invoice-list");
        t.getColumns().add(Columns.text(i18n.text("invoice.number"), 150, InvoiceDto::number));
        t.getColumns().add(Columns.date(formats, i18n.text("invoice.due"), 100, InvoiceDto::dueDate));
        t.getColumns().add(Columns.money(formats, i18n.text("invoice.total"), 100, InvoiceDto::total));
        t.getColumns().add(Columns.money(formats, i18n.text("invoice.outstanding"), 100, InvoiceDto::outstanding));
        t.getColumns().add(Columns.word(formats, "InvoiceStatus", i18n.text("invoice.status"), 110,
                InvoiceDto::status));
        Totals.install(t, vm.invoices(), rows -> new InvoiceDto(0, 0, i18n.get("totals.total"), 0, null, null, null,
                0, null, null, java.util.List.of(), Totals.sum(rows, InvoiceDto::total).toPlainString(), null,
                Totals.sum(rows, InvoiceDto::outstanding).toPlainString(), null));
        i18n.locale().addListener(o -> Totals.refresh(t));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        Columns.sizeToRows(t, 2, 8);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.invoicesLoading(), i18n.text("student.noInvoices")));
        Runnable open = () -> {
            InvoiceDto inv = t.getSelectionModel().getSelectedItem();
            if (inv != null && inv.id() != 0 && links.invoicesAllowed()) {
                links.invoicesOf(vm.asRow(), inv.id());
            }
        };
        t.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open.run();
                e.consume();
            }
        });
        return Form.section(i18n.text("student.invoices"), t);
    }

    /** Places a hold through the hold form (a dialog with the person picker), then shows the student again. */
    private void placeHold() {
        HoldViewModel form = holdForm.get();
        form.open(vm.asRow());
        HoldDialog.show(summary.getScene().getWindow(), form, formats).ifPresent(in -> {
            holdMessage.bind(form.message());
            form.place(in, h -> {
                StudentDetail d = vm.loaded().get();
                if (d != null && d.id() == h.studentId()) {
                    vm.reloadShown();
                }
            });
        });
    }

    /** Lifts a hold after its review (what, for whom, why), then shows the student again with a notice. */
    private void liftHold(HoldDto h) {
        StudentDetail d = vm.loaded().get();
        if (d == null) {
            return;
        }
        String who = th.ac.ums.client.ui.I18n.person(d.studentCode(), d.firstNameTh() + " " + d.lastNameTh(),
                d.firstNameEn() + " " + d.lastNameEn());
        HoldDialog.lift(summary.getScene().getWindow(), formats, h, i18n.message(
                th.ac.ums.client.ui.I18n.compose("hold.liftWho", who))).ifPresent(reason -> {
            HoldViewModel form = holdForm.get();
            holdMessage.bind(form.message());
            form.lift(h, reason, who, lifted -> {
                StudentDetail now = vm.loaded().get();
                if (now != null && now.id() == lifted.studentId()) {
                    vm.reloadShown();
                }
            });
        });
    }

    private Parent editor() {
        Form f = new Form(i18n, vm.fieldErrors());
        f.text("student.firstNameTh", vm.firstNameTh(), "firstNameTh");
        f.text("student.lastNameTh", vm.lastNameTh(), "lastNameTh");
        f.text("student.firstNameEn", vm.firstNameEn(), "firstNameEn");
        f.text("student.lastNameEn", vm.lastNameEn(), "lastNameEn");
        f.text("student.email", vm.email(), "email");
        f.text("student.phone", vm.phone(), "phone");
        ComboBox<String> status = Choices.words(formats, StudentStatus.class, null);
        status.valueProperty().bindBidirectional(vm.status());
        f.field("student.status", status, "status");
        IdentityForm.add(f, formats, vm.title(), vm.admittedAt(), vm.birthDate(), vm.nationalId());
        Button save = f.mainButton(Form.button(i18n, "form.save", () -> {
            Dates.commitAll(f.root());
            vm.save();
        }));
        save.setId("save-student");
        save.disableProperty().bind(vm.busy().or(online.not()).or(vm.loaded().isNull()));
        Label message = Form.message(i18n, vm.message());
        message.setId("student-message");
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        actions.getChildren().setAll(save, Feedback.small(vm.busy()), message);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8));
        actions.getStyleClass().add("form-actions");
        actions.visibleProperty().bind(vm.loaded().isNotNull());
        actions.managedProperty().bind(actions.visibleProperty());
        TitledPane pane = Form.section(i18n.text("student.edit"), f.root());
        pane.setId("student-editor");
        if (!canEdit) {
            actions.visibleProperty().unbind();
            actions.setVisible(false);
            pane.setVisible(false);
            pane.setManaged(false);
            return pane;
        }
        pane.visibleProperty().bind(vm.loaded().isNotNull());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** What someone else changed since the student was opened: above the record, always in view. */
    private Parent conflicts() {
        ListView<StudentEditorViewModel.Conflict> changes = new ListView<>(vm.conflicts());
        changes.setId("conflicts");
        changes.setPrefHeight(110);
        changes.setCellFactory(Cells.list(c -> i18n.get("student." + c.field()) + ": " + value(c.field(), c.before())
                + " → " + value(c.field(), c.now())));
        Button reload = Form.button(i18n, "form.reload", vm::reload);
        reload.setId("reload");
        Button keep = Form.button(i18n, "form.keepMine", vm::keepMine);
        keep.setId("keep-mine");
        keep.disableProperty().bind(online.not());
        Label title = Form.wrapping(i18n.text("form.staleTitle"));
        title.getStyleClass().add("form-error");
        VBox box = new VBox(6, title, changes, new HBox(8, reload, keep));
        box.setPadding(new Insets(8));
        box.getStyleClass().add("form-actions");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.conflicts()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private String value(String field, String v) {
        if (v == null || "null".equals(v)) {
            return "";
        }
        return switch (field) {
            case "status" -> formats.word(StudentStatus.class, v);
            case "title" -> formats.word(Title.class, v);
            case "admittedAt", "birthDate" -> formats.date(java.time.LocalDate.parse(v));
            default -> v;
        };
    }

    private static Label line(String text) {
        return Form.wrapping(new SimpleStringProperty(text));
    }
}
