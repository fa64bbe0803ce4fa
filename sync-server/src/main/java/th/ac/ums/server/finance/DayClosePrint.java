package th.ac.ums.server.finance;

import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import th.ac.ums.model.Dtos.DayCloseDto;
import th.ac.ums.server.documents.DayCloseDocument;
import th.ac.ums.server.documents.DayClosePdf;
import th.ac.ums.server.documents.UniversityInfo;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;

/** The day close as a PDF ({@code format=pdf}): the report with who printed it (their name) and when. */
public final class DayClosePrint {
    private final Db db;
    private final DayClosePdf pdf;
    private final ZoneId zone;
    private final boolean english;
    private final Clock clock;

    public DayClosePrint(Db db, UniversityInfo university, ZoneId zone, boolean english, Clock clock) {
        this.db = db;
        this.pdf = new DayClosePdf(university);
        this.zone = zone;
        this.english = english;
        this.clock = clock;
    }

    /** Writes the report as printed now by the caller; the stream is flushed, not closed. */
    public void write(Caller by, DayCloseDto report, OutputStream out) {
        String name = db.read(exec -> exec.get("SELECT display_name FROM users WHERE id = ?", by.userId())
                .map(r -> Rows.str(r, "display_name")).orElse(by.email()));
        pdf.write(new DayCloseDocument(report, name, clock.instant().atZone(zone), english), out);
    }
}
