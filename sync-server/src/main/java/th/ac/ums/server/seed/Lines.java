package th.ac.ums.server.seed;

/** Invoice line descriptions, bilingual as printed on Thai university invoices. */
final class Lines {
    static final String TUITION = "ค่าธรรมเนียมการศึกษา / Tuition fee";
    static final String MAINTENANCE = "ค่าบำรุงมหาวิทยาลัย / University maintenance fee";
    static final String LAB = "ค่าบำรุงห้องปฏิบัติการ / Laboratory fee";

    private Lines() {
    }
}
