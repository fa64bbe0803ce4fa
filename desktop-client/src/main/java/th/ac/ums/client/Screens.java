package th.ac.ums.client;

import th.ac.ums.client.account.AccountView;
import th.ac.ums.client.account.AccountViewModel;
import th.ac.ums.client.admissions.AdmissionsView;
import th.ac.ums.client.admissions.AdmissionsViewModel;
import th.ac.ums.client.api.AdmissionsApi;
import th.ac.ums.client.api.BankApi;
import th.ac.ums.client.bank.BankLineActionsViewModel;
import th.ac.ums.client.bank.BankLineDialogs;
import th.ac.ums.client.bank.BankLinesViewModel;
import th.ac.ums.client.bank.BankUploadViewModel;
import th.ac.ums.client.bank.BankView;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.api.MeApi;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.api.RegistrarApi;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.cache.ChangeFeed;
import th.ac.ums.client.dashboard.DashboardView;
import th.ac.ums.client.dashboard.DashboardViewModel;
import th.ac.ums.client.finance.AgingView;
import th.ac.ums.client.finance.AgingViewModel;
import th.ac.ums.client.finance.CashierView;
import th.ac.ums.client.finance.CashierViewModel;
import th.ac.ums.client.finance.Documents;
import th.ac.ums.client.finance.InvoiceDocumentsView;
import th.ac.ums.client.finance.InvoiceDocumentsViewModel;
import th.ac.ums.client.finance.ReceiptsView;
import th.ac.ums.client.finance.ReceiptsViewModel;
import th.ac.ums.client.finance.InvoicesView;
import th.ac.ums.client.finance.InvoicesViewModel;
import th.ac.ums.client.finance.PaymentView;
import th.ac.ums.client.finance.PaymentViewModel;
import th.ac.ums.client.finance.RefundView;
import th.ac.ums.client.finance.RefundViewModel;
import th.ac.ums.client.helpdesk.HelpdeskView;
import th.ac.ums.client.helpdesk.HelpdeskViewModel;
import th.ac.ums.client.registrar.SectionsView;
import th.ac.ums.client.registrar.SectionsViewModel;
import th.ac.ums.client.shell.Screen;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.students.StudentDetailView;
import th.ac.ums.client.students.StudentEditorViewModel;
import th.ac.ums.client.students.StudentsView;
import th.ac.ums.client.students.StudentTools;
import th.ac.ums.client.students.NewStudentViewModel;
import th.ac.ums.client.students.ImportViewModel;
import th.ac.ums.client.students.StudentsViewModel;
import java.util.Map;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.shell.ShellView;
import th.ac.ums.client.students.HoldViewModel;
import th.ac.ums.client.ui.CsvExport;
import th.ac.ums.client.ui.Links;
import th.ac.ums.client.ui.PersonPickerViewModel;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Role;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.Settings;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.users.UsersView;
import th.ac.ums.client.users.UsersViewModel;

/**
 * Builds each screen (its ViewModel, then its View, as a {@link Page}) the first time the shell shows
 * it, and the links between screens ({@link Links}: a student's invoices, an invoice's student, an
 * aging bucket's invoices).
 */
final class Screens implements Links {
    private final ApiClient api;
    private final Session session;
    private final Settings settings;
    private final ChangeFeed feed;
    private final TaskRunner tasks;
    private final Formats formats;
    private StudentsView students;
    private InvoicesView invoices;
    private AgingView aging;
    private CashierView cashier;
    private BankView bank;
    private HelpdeskView helpdesk;
    private ShellView shell;

    Screens(ApiClient api, Session session, Settings settings, ChangeFeed feed, TaskRunner tasks, Formats formats) {
        this.api = api;
        this.session = session;
        this.settings = settings;
        this.feed = feed;
        this.tasks = tasks;
        this.formats = formats;
    }

    void shell(ShellView shell) {
        this.shell = shell;
    }

    private PersonPickerViewModel picker() {
        return new PersonPickerViewModel(new StudentsApi(api)::page, tasks, formats);
    }

    @Override
    public boolean invoicesAllowed() {
        return shell != null && shell.allows(Screen.FINANCE);
    }

    @Override
    public void invoicesOf(StudentDto student, long invoiceId) {
        if (invoicesAllowed() && student != null) {
            shell.navigate(Screen.FINANCE, () -> invoices.showStudent(student, invoiceId));
        }
    }

    @Override
    public void invoices(Map<String, String> filters, String sort, String description) {
        if (invoicesAllowed()) {
            shell.navigate(Screen.FINANCE, () -> invoices.showScope(new InvoicesViewModel.Scope(filters, sort,
                    description)));
        }
    }

    @Override
    public void student(long id, String code) {
        if (shell != null && shell.allows(Screen.STUDENTS)) {
            shell.navigate(Screen.STUDENTS, () -> students.reveal(id, code));
        }
    }

    Page build(Screen s) {
        var online = session.online();
        return switch (s) {
            case DASHBOARD -> {
                DashboardViewModel vm = new DashboardViewModel(new FinanceApi(api), tasks);
                Page p = new DashboardView(vm, formats).page();
                vm.load();
                yield p;
            }
            case STUDENTS -> {
                StudentsViewModel vm = new StudentsViewModel(new StudentsApi(api), new RegistrarApi(api), session,
                        settings, feed, tasks);
                boolean finance = session.has(Role.FINANCE, Role.ADMIN);
                boolean registrar = session.has(Role.REGISTRAR, Role.ADMIN);
                FinanceApi money = new FinanceApi(api);
                StudentEditorViewModel editor = new StudentEditorViewModel(new StudentsApi(api), tasks,
                        finance ? id -> money.invoices(PageQuery.first(Map.of("studentId", Long.toString(id)),
                                "-issuedAt", 50)).data() : null, formats);
                StudentDetailView detail = new StudentDetailView(editor, formats, online, this, registrar,
                        registrar ? () -> new HoldViewModel(new RegistrarApi(api), picker(), tasks, formats) : null);
                if (finance) {
                    detail.withReceipts(new ReceiptsView(new ReceiptsViewModel(money, tasks,
                            Documents.inFolder(settings::documentsFolder), "student-receipts"), formats));
                }
                StudentTools tools = registrar ? new StudentTools(new NewStudentViewModel(new StudentsApi(api), tasks,
                        formats), new ImportViewModel(new StudentsApi(api), tasks), vm, formats) : null;
                students = new StudentsView(vm, detail, new CsvExport(tasks), formats, tools);
                Page p = students.page();
                vm.open();
                yield p;
            }
            case ADMISSIONS -> {
                AdmissionsViewModel vm = new AdmissionsViewModel(new AdmissionsApi(api), session, tasks, formats);
                Page p = new AdmissionsView(vm, formats, online).page();
                vm.loadPrograms(new RegistrarApi(api)::allPrograms);
                vm.apply();
                yield p;
            }
            case SECTIONS -> {
                SectionsViewModel vm = new SectionsViewModel(new RegistrarApi(api), picker(), session, tasks, formats,
                        formats::today);
                Page p = new SectionsView(vm, formats, online).page();
                vm.load();
                yield p;
            }
            case FINANCE -> {
                FinanceApi finance = new FinanceApi(api);
                Documents documents = Documents.inFolder(settings::documentsFolder);
                RefundViewModel refunds = new RefundViewModel(finance, tasks, formats, documents);
                InvoicesViewModel vm = new InvoicesViewModel(finance, refunds, picker(), session, feed, tasks);
                InvoiceDocumentsViewModel printing = new InvoiceDocumentsViewModel(finance, tasks, documents);
                vm.documents(printing);
                PaymentView payment = new PaymentView(new PaymentViewModel(finance, tasks, formats, documents), formats,
                        online);
                invoices = new InvoicesView(vm, payment, new RefundView(refunds, formats, online),
                        new InvoiceDocumentsView(printing, formats), formats, online, this);
                Page p = invoices.page();
                vm.apply();
                yield p;
            }
            case RECEIPTS -> {
                CashierViewModel vm = new CashierViewModel(new FinanceApi(api), tasks, formats,
                        Documents.inFolder(settings::documentsFolder), session.user()::get);
                cashier = new CashierView(vm, formats, session.has(Role.FINANCE, Role.ADMIN));
                Page p = cashier.page();
                vm.load();
                yield p;
            }
            case BANK -> {
                BankApi banks = new BankApi(api);
                BankUploadViewModel uploads = new BankUploadViewModel(banks, tasks);
                BankLinesViewModel lines = new BankLinesViewModel(banks, session, tasks);
                BankLineDialogs dialogs = new BankLineDialogs(new BankLineActionsViewModel(banks, new FinanceApi(api),
                        picker(), tasks), formats);
                bank = new BankView(uploads, lines, dialogs, formats, online);
                Page p = bank.page();
                uploads.loadLayouts();
                lines.apply();
                yield p;
            }
            case AGING -> {
                AgingViewModel vm = new AgingViewModel(new FinanceApi(api), tasks);
                aging = new AgingView(vm, formats, this);
                Page p = aging.page();
                vm.load();
                yield p;
            }
            case HELPDESK -> {
                HelpdeskViewModel vm = new HelpdeskViewModel(new PeopleApi(api), tasks,
                        () -> session.has(th.ac.ums.model.Role.ADMIN));
                helpdesk = new HelpdeskView(vm, formats, online);
                Page p = helpdesk.page();
                vm.search();
                yield p;
            }
            case USERS -> {
                UsersViewModel vm = new UsersViewModel(new PeopleApi(api), tasks);
                Page p = new UsersView(vm, formats, online).page();
                vm.search();
                yield p;
            }
            case ACCOUNT -> {
                AccountViewModel vm = new AccountViewModel(new MeApi(api), tasks);
                Page p = new AccountView(vm, formats, online).page();
                vm.load();
                yield p;
            }
        };
    }

    CashierView cashier() {
        return cashier;
    }

    AgingView aging() {
        return aging;
    }

    BankView bank() {
        return bank;
    }

    InvoicesView invoices() {
        return invoices;
    }

    StudentsView students() {
        return students;
    }

    HelpdeskView helpdesk() {
        return helpdesk;
    }
}
