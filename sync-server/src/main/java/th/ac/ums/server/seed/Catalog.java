package th.ac.ums.server.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The university the seed builds: faculties and their programs (Thai and English names, the
 * tuition per term), courses per program and general-education courses.
 */
final class Catalog {
    record Faculty(int no, String code, String nameTh, String nameEn, List<Program> programs) {
    }

    record Program(int facultyNo, int no, String code, String nameTh, String nameEn, String degree, int years,
                   BigDecimal tuition, boolean lab, int popularity) {
    }

    record Course(String code, String titleTh, String titleEn, int credits, int facultyNo, Program program) {
    }

    static final BigDecimal MAINTENANCE_FEE = new BigDecimal("1500.00");
    static final BigDecimal LAB_FEE = new BigDecimal("2000.00");

    static final List<Faculty> FACULTIES = build();

    private Catalog() {
    }

    private static List<Faculty> build() {
        List<Faculty> list = new ArrayList<>();
        list.add(faculty(1, "ENG", "คณะวิศวกรรมศาสตร์", "Faculty of Engineering", "25000", true, new String[][] {
            {"วิศวกรรมโยธา", "Civil Engineering"}, {"วิศวกรรมไฟฟ้า", "Electrical Engineering"},
            {"วิศวกรรมเครื่องกล", "Mechanical Engineering"}, {"วิศวกรรมคอมพิวเตอร์", "Computer Engineering"},
            {"วิศวกรรมเคมี", "Chemical Engineering"}, {"วิศวกรรมอุตสาหการ", "Industrial Engineering"},
            {"วิศวกรรมคอมพิวเตอร์ (ปริญญาโท)", "Computer Engineering (Master)", "MASTER:2:38000"}}));
        list.add(faculty(2, "SCI", "คณะวิทยาศาสตร์", "Faculty of Science", "20000", true, new String[][] {
            {"คณิตศาสตร์", "Mathematics"}, {"ฟิสิกส์", "Physics"}, {"เคมี", "Chemistry"}, {"ชีววิทยา", "Biology"},
            {"วิทยาการคอมพิวเตอร์", "Computer Science"}, {"สถิติ", "Statistics"},
            {"วิทยาการคอมพิวเตอร์ (ปริญญาเอก)", "Computer Science (Doctoral)", "DOCTORAL:3:45000"}}));
        list.add(faculty(3, "MED", "คณะแพทยศาสตร์", "Faculty of Medicine", "60000", true, new String[][] {
            {"แพทยศาสตร์", "Medicine", "BACHELOR:6:60000"}}));
        list.add(faculty(4, "NUR", "คณะพยาบาลศาสตร์", "Faculty of Nursing", "25000", true, new String[][] {
            {"พยาบาลศาสตร์", "Nursing Science"}}));
        list.add(faculty(5, "PHA", "คณะเภสัชศาสตร์", "Faculty of Pharmaceutical Sciences", "35000", true,
            new String[][] {{"เภสัชศาสตร์", "Pharmacy", "BACHELOR:6:35000"}}));
        list.add(faculty(6, "BUS", "คณะบริหารธุรกิจ", "Faculty of Business Administration", "18000", false,
            new String[][] {{"การบัญชี", "Accounting"}, {"การเงิน", "Finance"}, {"การตลาด", "Marketing"},
                {"การจัดการ", "Management"}, {"ระบบสารสนเทศทางธุรกิจ", "Business Information Systems"},
                {"บริหารธุรกิจมหาบัณฑิต", "Master of Business Administration", "MASTER:2:45000"}}));
        list.add(faculty(7, "ECO", "คณะเศรษฐศาสตร์", "Faculty of Economics", "17000", false, new String[][] {
            {"เศรษฐศาสตร์", "Economics"}, {"เศรษฐศาสตร์การเงิน", "Financial Economics"}}));
        list.add(faculty(8, "LAW", "คณะนิติศาสตร์", "Faculty of Law", "16000", false, new String[][] {
            {"นิติศาสตร์", "Law"}}));
        list.add(faculty(9, "EDU", "คณะศึกษาศาสตร์", "Faculty of Education", "15000", false, new String[][] {
            {"การสอนภาษาไทย", "Thai Language Teaching", "BACHELOR:5:15000"},
            {"การสอนคณิตศาสตร์", "Mathematics Teaching", "BACHELOR:5:15000"},
            {"การสอนภาษาอังกฤษ", "English Language Teaching", "BACHELOR:5:15000"},
            {"การศึกษาปฐมวัย", "Early Childhood Education", "BACHELOR:5:15000"}}));
        list.add(faculty(10, "ART", "คณะอักษรศาสตร์", "Faculty of Arts", "15000", false, new String[][] {
            {"ภาษาไทย", "Thai"}, {"ภาษาอังกฤษ", "English"}, {"ภาษาญี่ปุ่น", "Japanese"}, {"ภาษาจีน", "Chinese"},
            {"ประวัติศาสตร์", "History"}, {"ปรัชญา", "Philosophy"}}));
        list.add(faculty(11, "POL", "คณะรัฐศาสตร์", "Faculty of Political Science", "15000", false, new String[][] {
            {"การปกครอง", "Government"}, {"ความสัมพันธ์ระหว่างประเทศ", "International Relations"},
            {"รัฐประศาสนศาสตร์", "Public Administration"}}));
        list.add(faculty(12, "ARC", "คณะสถาปัตยกรรมศาสตร์", "Faculty of Architecture", "28000", true,
            new String[][] {{"สถาปัตยกรรม", "Architecture", "BACHELOR:5:28000"},
                {"สถาปัตยกรรมภายใน", "Interior Architecture", "BACHELOR:5:28000"}}));
        list.add(faculty(13, "COM", "คณะนิเทศศาสตร์", "Faculty of Communication Arts", "20000", false,
            new String[][] {{"วารสารศาสตร์", "Journalism"}, {"การโฆษณา", "Advertising"}, {"ภาพยนตร์", "Film"}}));
        list.add(faculty(14, "AGR", "คณะเกษตรศาสตร์", "Faculty of Agriculture", "16000", true, new String[][] {
            {"พืชศาสตร์", "Plant Science"}, {"สัตวศาสตร์", "Animal Science"}, {"ประมง", "Fisheries"}}));
        list.add(faculty(15, "FAA", "คณะศิลปกรรมศาสตร์", "Faculty of Fine and Applied Arts", "22000", false,
            new String[][] {{"จิตรกรรม", "Painting"}, {"ดนตรี", "Music"}, {"การออกแบบ", "Design"}}));
        return List.copyOf(list);
    }

    private static Faculty faculty(int no, String code, String th, String en, String tuition, boolean lab,
                                   String[][] programs) {
        List<Program> list = new ArrayList<>();
        for (int i = 0; i < programs.length; i++) {
            String[] p = programs[i];
            String degree = "BACHELOR";
            int years = 4;
            String fee = tuition;
            if (p.length > 2) {
                String[] spec = p[2].split(":");
                degree = spec[0];
                years = Integer.parseInt(spec[1]);
                fee = spec[2];
            }
            int popularity = "BACHELOR".equals(degree) ? 10 + (no * 7 + i * 13) % 17 : 3;
            list.add(new Program(no, i + 1, String.format("%s%02d", code, i + 1), "สาขาวิชา" + p[0], p[1], degree,
                    years, new BigDecimal(fee + ".00"), lab, popularity));
        }
        return new Faculty(no, code, th, en, List.copyOf(list));
    }

    static List<Program> programs() {
        return FACULTIES.stream().flatMap(f -> f.programs().stream()).toList();
    }

    private static final String[][] COURSE_TEMPLATES = {
        {"พื้นฐาน%s", "Fundamentals of %s", "3"}, {"หลักการ%s", "Principles of %s", "3"},
        {"%sประยุกต์", "Applied %s", "3"}, {"%sขั้นสูง", "Advanced %s", "3"},
        {"ระเบียบวิธีวิจัยทาง%s", "Research Methods in %s", "3"}, {"สัมมนา%s", "Seminar in %s", "1"},
        {"หัวข้อพิเศษทาง%s", "Special Topics in %s", "3"}, {"จริยธรรมใน%s", "Ethics in %s", "2"},
        {"โครงงาน%s", "Project in %s", "3"}, {"ปฏิบัติการ%s", "Laboratory in %s", "1"},
        {"สถิติสำหรับ%s", "Statistics for %s", "3"}, {"การฝึกประสบการณ์วิชาชีพ%s", "Professional Practice in %s", "3"},
    };

    private static final String[][] GENERAL_EDUCATION = {
        {"ภาษาไทยเพื่อการสื่อสาร", "Thai for Communication"},
        {"ภาษาอังกฤษเพื่อวัตถุประสงค์ทางวิชาการ", "English for Academic Purposes"},
        {"การรู้ดิจิทัล", "Digital Literacy"}, {"สังคมและวัฒนธรรมไทย", "Thai Society and Culture"},
        {"สุขภาพและสุขภาวะ", "Health and Wellbeing"}, {"เศรษฐกิจพอเพียง", "Sufficiency Economy"},
        {"การคิดเชิงวิพากษ์", "Critical Thinking"}, {"การเป็นผู้ประกอบการ", "Entrepreneurship"},
    };

    private static final java.util.Map<String, List<Course>> COURSES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<Course> GENERAL = buildGeneralEducation();

    /** The twelve courses of a program (built once). */
    static List<Course> programCourses(Program p) {
        return COURSES.computeIfAbsent(p.code(), k -> buildCourses(p));
    }

    private static List<Course> buildCourses(Program p) {
        List<Course> list = new ArrayList<>();
        String th = p.nameTh().replace("สาขาวิชา", "");
        String en = p.nameEn();
        for (int i = 0; i < COURSE_TEMPLATES.length; i++) {
            String[] t = COURSE_TEMPLATES[i];
            list.add(new Course(String.format("%02d%02d%03d", p.facultyNo(), p.no(), 101 + i * 10),
                    String.format(t[0], th), String.format(t[1], en), Integer.parseInt(t[2]), p.facultyNo(), p));
        }
        return list;
    }

    static List<Course> generalEducation() {
        return GENERAL;
    }

    private static List<Course> buildGeneralEducation() {
        List<Course> list = new ArrayList<>();
        for (int i = 0; i < GENERAL_EDUCATION.length; i++) {
            list.add(new Course(String.format("90000%02d", 11 + i), GENERAL_EDUCATION[i][0], GENERAL_EDUCATION[i][1],
                    3, 10, null));
        }
        return List.copyOf(list);
    }
}
