package th.ac.ums.server.admissions;

import java.util.List;
import java.util.Set;
import th.ac.ums.model.Dtos;
import th.ac.ums.model.Enums.ApplicationStatus;
import th.ac.ums.model.Inputs;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.export.CsvExport;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;

/** Admissions (REGISTRAR, ADMIN): the pipeline, decisions one by one or in bulk, admission. */
public final class AdmissionRoutes implements ApiRoutes {
    private final Lister lister;
    private final AdmissionService service;
    private final CsvExport export;

    public AdmissionRoutes(Lister lister, AdmissionService service, CsvExport export) {
        this.lister = lister;
        this.service = service;
        this.export = export;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.APPLICATIONS, Role.REGISTRAR_AREA, this::list).query(AdmissionLists.APPLICATIONS.pageQuery())
                .get(ApiPaths.APPLICATIONS_EXPORT, Role.REGISTRAR_AREA, this::exportList)
                .query(AdmissionLists.APPLICATIONS.exportQuery())
                .post(ApiPaths.APPLICATIONS, Role.REGISTRAR_AREA, this::submit)
                .post(ApiPaths.APPLICATIONS_DECISIONS, Role.REGISTRAR_AREA, this::bulkDecision)
                .post(ApiPaths.APPLICATIONS_ADMISSIONS, Role.REGISTRAR_AREA, this::bulkAdmit)
                .get(ApiPaths.APPLICATION, Role.REGISTRAR_AREA,
                        call -> call.ok(lister.one(AdmissionLists.APPLICATIONS, call.pathId("id"), "The application")))
                .post(ApiPaths.APPLICATION_DECISION, Role.REGISTRAR_AREA, this::decision)
                .post(ApiPaths.APPLICATION_REVIEW, Role.REGISTRAR_AREA,
                        call -> one(call, ApplicationStatus.UNDER_REVIEW, null))
                .post(ApiPaths.APPLICATION_ADMIT, Role.REGISTRAR_AREA,
                        call -> one(call, ApplicationStatus.ADMITTED, null))
                .post(ApiPaths.APPLICATION_WITHDRAW, Role.REGISTRAR_AREA,
                        call -> one(call, ApplicationStatus.WITHDRAWN, null));
    }

    private void list(Call call) {
        call.ok(lister.list(AdmissionLists.APPLICATIONS, PageRequest.parse(call.query(), AdmissionLists.APPLICATIONS,
                Set.of()), q -> {
                }));
    }

    private void exportList(Call call) {
        export.stream(call, AdmissionLists.APPLICATIONS, PageRequest.parse(call.query(), AdmissionLists.APPLICATIONS,
                Set.of()), q -> {
                }, Dtos.ApplicationDto.class);
    }

    private void submit(Call call) {
        call.created(service.submit(call.caller(), call.clientIp(), call.json(Inputs.ApplicationInput.class)));
    }

    private static ApplicationStatus decision(String raw) {
        if (raw == null) {
            throw Refusal.invalid("decision", "is required");
        }
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s.name().equals(raw) && s.isDecision()) {
                return s;
            }
        }
        throw Refusal.invalid("decision", "must be one of ACCEPTED, REJECTED, WAITLISTED");
    }

    private void decision(Call call) {
        long id = call.pathId("id");
        Inputs.DecisionInput in = call.json(Inputs.DecisionInput.class);
        call.ok(service.move(call.caller(), call.clientIp(), List.of(id), decision(in.decision()), in.note()).get(0));
    }

    private void one(Call call, ApplicationStatus to, String note) {
        long id = call.pathId("id");
        call.ok(service.move(call.caller(), call.clientIp(), List.of(id), to, note).get(0));
    }

    private void bulkDecision(Call call) {
        Inputs.BulkDecisionInput in = call.json(Inputs.BulkDecisionInput.class);
        call.ok(java.util.Map.of("data", service.move(call.caller(), call.clientIp(), in.ids(),
                decision(in.decision()), in.note())));
    }

    private void bulkAdmit(Call call) {
        Inputs.BulkIdsInput in = call.json(Inputs.BulkIdsInput.class);
        call.ok(java.util.Map.of("data", service.move(call.caller(), call.clientIp(), in.ids(),
                ApplicationStatus.ADMITTED, in.note())));
    }
}
