package dev.dlready.report.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.report.ApiTokenService;
import dev.dlready.report.ReportFixture;
import dev.dlready.report.ShareService;
import dev.dlready.report.VerificationService;
import dev.dlready.report.Verification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over real HTTP: bearer tokens, the same access rules as the pages, and an OpenAPI description that is complete. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CandidateApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ShareService sharing;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    VerificationService verification;

    @Autowired
    dev.dlready.report.RecruiterReportService reports;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    ReportFixture fixture;
    ReportFixture.Person candidate;
    ReportFixture.Person recruiter;
    String token;

    @BeforeEach
    void recruiterWithToken() {
        fixture = ReportFixture.from(context);
        candidate = fixture.student("Api Candidate");
        fixture.sitExam(candidate, List.of("cuda", "autograd"), 4);
        recruiter = fixture.recruiter("Api Recruiter", "");
        token = fixture.as(recruiter, () -> tokens.create("test tool")).token();
    }

    HttpResponse<String> get(String path, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void without_a_share_the_api_gives_nothing_not_even_that_the_candidate_exists() throws Exception {
        var list = get("/api/v1/candidates", token);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).get("total").asLong()).isZero();
        assertThat(get("/api/v1/candidates/" + candidate.id(), token).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/candidates/" + candidate.id() + "/pdf", token).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/candidates/999999999", token).statusCode()).isEqualTo(404);
    }

    @Test
    void with_a_share_the_api_lists_and_reads_the_report_and_the_pdf_verifies() throws Exception {
        fixture.run(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));

        JsonNode page = JSON.readTree(get("/api/v1/candidates?sort=name&size=10", token).body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Api Candidate");

        var response = get("/api/v1/candidates/" + candidate.id(), token);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("recommendation").get("label").asString()).isNotBlank();
        assertThat(report.get("topics").size()).isEqualTo(11);
        assertThat(report.get("exams").get(0).get("mode").asString()).isEqualTo("timed-exam");
        assertThat(report.get("exams").get(0).get("integrity").has("pageHidden")).isTrue();

        var pdf = getBytes("/api/v1/candidates/" + candidate.id() + "/pdf", token);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String code = pdf.headers().firstValue("X-Verification-Code").orElseThrow();
        assertThat(verification.verify(code).outcome()).isEqualTo(Verification.Outcome.GENUINE_AND_CURRENT);
    }

    @Test
    void a_revoked_share_or_an_expired_link_closes_the_api_at_once() throws Exception {
        var share = fixture.as(candidate, () -> sharing.shareWithRecruiter(recruiter.email(), null));
        assertThat(get("/api/v1/candidates/" + candidate.id(), token).statusCode()).isEqualTo(200);

        fixture.run(candidate, () -> sharing.revoke(share.id()));

        assertThat(get("/api/v1/candidates/" + candidate.id(), token).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/candidates/" + candidate.id() + "/pdf", token).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/api/v1/candidates", token).body()).get("total").asLong()).isZero();
    }

    @Test
    void an_expired_link_closes_the_api() throws Exception {
        var link = fixture.as(candidate, () -> sharing.createLink(Duration.ofDays(7)));
        fixture.as(recruiter, () -> reports.openLink(link.path().substring("shared/".length())));
        assertThat(get("/api/v1/candidates/" + candidate.id(), token).statusCode()).isEqualTo(200);

        // Let the link run out instead of waiting a week.
        jdbc.update("update report_share set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), link.share().id());

        assertThat(get("/api/v1/candidates/" + candidate.id(), token).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/candidates/" + candidate.id() + "/pdf", token).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/api/v1/candidates", token).body()).get("total").asLong()).isZero();
    }

    @Test
    void requests_without_a_valid_token_are_refused_and_never_use_a_session() throws Exception {
        var none = get("/api/v1/candidates", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get("/api/v1/candidates", "dlr_made-up").statusCode()).isEqualTo(401);

        var summary = fixture.as(recruiter, () -> tokens.tokens()).getFirst();
        fixture.run(recruiter, () -> tokens.revoke(summary.id()));
        assertThat(get("/api/v1/candidates", token).statusCode()).isEqualTo(401);
    }

    @Test
    void the_api_is_read_only_and_bad_parameters_say_what_to_send() throws Exception {
        var post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/candidates/" + candidate.id()))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        var bad = get("/api/v1/candidates?size=1000", token);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asString()).contains("size between 1 and 100");
        assertThat(get("/api/v1/candidates?sort=age", token).statusCode()).isEqualTo(400);
    }

    @Test
    void only_recruiters_hold_tokens() {
        var student = fixture.student("Token Seeker");
        assertThatThrownBy(() -> fixture.as(student, () -> tokens.create("mine"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_openapi_description_is_public_and_lists_every_endpoint_of_the_api() throws Exception {
        var response = get("/api/v1/openapi.json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(response.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.1");

        Set<String> documented = new HashSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> implemented = new HashSet<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .forEach((info, method) -> {
                    if (method.getBeanType() == CandidateApiController.class) {
                        info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                                .forEach(m -> implemented.add(m.name() + " " + pattern)));
                    }
                });
        assertThat(implemented).isNotEmpty();
        assertThat(documented).isEqualTo(implemented);
    }
}
