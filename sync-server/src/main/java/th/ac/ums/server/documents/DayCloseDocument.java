package th.ac.ums.server.documents;

import java.time.ZonedDateTime;
import th.ac.ums.model.Dtos.DayCloseDto;

/**
 * A day close as it prints: the report (as {@code GET /reports/day-close} answers it), who printed it
 * and when (in the university's zone), and whether English prints under the Thai.
 */
public record DayCloseDocument(DayCloseDto report, String printedBy, ZonedDateTime printedAt, boolean english) {
}
