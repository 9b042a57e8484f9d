package dev.dlready.report.api;

import dev.dlready.report.CandidateQuery;
import dev.dlready.report.RecruiterReportService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only API for a recruiter's own tools: the same candidates, reports and PDFs as the recruiter's pages, under
 * the same access rules (a candidate who does not share is a 404, like one who does not exist). Nothing here writes
 * except the candidate's access log.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CandidateApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final RecruiterReportService reports;

    CandidateApiController(RecruiterReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/candidates")
    ApiModels.CandidatePage candidates(
            @RequestParam(required = false) @Nullable String recommendation,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String sharedSince,
            @RequestParam(defaultValue = "recommendation") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        if ((topic == null) != (level == null)) {
            throw new BadRequest("topic and level go together, e.g. topic=cuda&level=intern.");
        }
        CandidateQuery.Sort order;
        try {
            order = CandidateQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("sort must be one of recommendation, overall, shared, name.");
        }
        LocalDate since;
        try {
            since = sharedSince == null ? null : LocalDate.parse(sharedSince);
        } catch (DateTimeParseException e) {
            throw new BadRequest("sharedSince must be a date like 2026-11-01.");
        }
        var query = new CandidateQuery(recommendation, topic, level, since, order);
        var items = reports.candidates(query, page * size, size).stream().map(ApiModels.CandidateSummary::of).toList();
        return new ApiModels.CandidatePage(page, size, reports.countCandidates(query), items);
    }

    @GetMapping("/candidates/{id}")
    ResponseEntity<ApiModels.Report> report(@PathVariable long id) {
        return reports.reportForApi(id).map(ApiModels.Report::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/candidates/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request) {
        String verifyUrl = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/verify";
        return reports.pdf(id, verifyUrl)
                .map(pdf -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                        .header("X-Verification-Code", pdf.verificationCode())
                        .contentType(MediaType.APPLICATION_PDF)
                        .body(pdf.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/openapi.json")
    ResponseEntity<String> openApi() throws IOException {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(new ClassPathResource("openapi/report-api.json").getContentAsString(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ApiModels.Error> badRequest(BadRequest e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiModels.Error(e.getMessage()));
    }

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
