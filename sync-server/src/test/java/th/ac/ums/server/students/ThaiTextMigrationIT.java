package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.server.platform.ThaiOrder;
import th.ac.ums.server.testing.TestEnv;

/**
 * What was stored before the normal form and the Thai sort keys existed is brought into them by
 * the migration: text typed with marks in another order is rewritten, and every name gets its key,
 * so an upgraded university sorts in dictionary order at once.
 */
class ThaiTextMigrationIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    @Test
    void storedTextIsNormalisedAndKeyedByTheMigration() throws Exception {
        String url = env.settings().string("db.url");
        String user = env.settings().string("db.user");
        String password = env.settings().optionalString("db.password").orElse("");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("6").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("INSERT INTO faculties (id, code, name_th, name_en) VALUES (1, 'F1', 'คณะ', 'Faculty')");
            st.execute("INSERT INTO programs (id, faculty_id, code, name_th, name_en, degree, duration_years, "
                    + "tuition_per_term) VALUES (1, 1, 'P1', 'สาขา', 'Program', 'BACHELOR', 4, 1000)");
            String[] surnames = {"ไชยา", "\u0E04\u0E4D\u0E32\u0E01\u0E38\u0E25", "เจริญกุล", "กมล"};
            for (int i = 0; i < surnames.length; i++) {
                st.execute("INSERT INTO students (student_code, first_name_th, last_name_th, first_name_en, last_name_en, "
                        + "email, program_id, faculty_id, status, admitted_at) VALUES ('6900000" + i + "', "
                        + "'\u0E17\u0E48\u0E35', '" + surnames[i] + "', 'Ti', 'Test', 's" + i + "@x.th', 1, 1, 'ACTIVE', "
                        + "'2026-06-01')");
            }
            st.execute("INSERT INTO users (email, display_name, password_hash) VALUES ('a@ums.ac.th', 'ไชยา', 'x')");
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            List<String> order = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT last_name_th, first_name_th, last_name_th_key, first_name_th_key "
                    + "FROM students ORDER BY last_name_th_key, id")) {
                while (rs.next()) {
                    order.add(rs.getString(1));
                    assertEquals("\u0E17\u0E35\u0E48", rs.getString(2), "the vowel before the tone mark");
                    assertEquals(ThaiOrder.key(rs.getString(1)), rs.getString(3));
                    assertEquals(ThaiOrder.key(rs.getString(2)), rs.getString(4));
                }
            }
            assertEquals(List.of("กมล", "\u0E04\u0E33\u0E01\u0E38\u0E25", "เจริญกุล", "ไชยา"), order);
            try (ResultSet rs = st.executeQuery("SELECT display_name_key FROM users")) {
                rs.next();
                assertEquals(ThaiOrder.key("ไชยา"), rs.getString(1));
            }
        }
    }
}
