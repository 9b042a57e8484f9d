package dev.dlready.report;

import dev.dlready.account.CurrentUser;
import dev.dlready.account.SignedInUser;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.readiness.engine.Recommendation;
import dev.dlready.report.engine.VerificationCodes;
import dev.dlready.report.internal.ReportLinkHolder;
import dev.dlready.report.internal.ReportLinkHolderRepository;
import dev.dlready.report.internal.ReportShareRepository;
import dev.dlready.report.internal.ReportVerification;
import dev.dlready.report.internal.ReportVerificationRepository;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a recruiter can do: list the candidates who share with them, open a report, download it as PDF, compare
 * candidates, and open a share link. Every read goes through {@link ReportAccess}; a candidate who does not share with
 * this recruiter is answered exactly like one that does not exist. Everything opened is recorded for the candidate.
 * Nothing here changes a candidate's data.
 */
@Service
@PreAuthorize("hasRole('RECRUITER')")
@Transactional
public class RecruiterReportService {

    public static final int COMPARE_MIN = 2;
    public static final int COMPARE_MAX = 4;

    private final ReportAccess access;
    private final ReportAssembler assembler;
    private final ReportPdf pdf;
    private final ReportShareRepository shares;
    private final ReportLinkHolderRepository holders;
    private final ReportVerificationRepository verifications;
    private final BankService bank;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    RecruiterReportService(ReportAccess access, ReportAssembler assembler, ReportPdf pdf, ReportShareRepository shares,
            ReportLinkHolderRepository holders, ReportVerificationRepository verifications, BankService bank,
            CurrentUser currentUser) {
        this.access = access;
        this.assembler = assembler;
        this.pdf = pdf;
        this.shares = shares;
        this.holders = holders;
        this.verifications = verifications;
        this.bank = bank;
        this.currentUser = currentUser;
    }

    /** One page of the candidates who share with this recruiter, filtered and sorted. */
    @Transactional(readOnly = true)
    public List<CandidateRow> candidates(CandidateQuery query, int offset, int limit) {
        var rows = filtered(query);
        int from = Math.min(Math.max(0, offset), rows.size());
        int to = Math.min(rows.size(), from + Math.max(1, limit));
        return List.copyOf(rows.subList(from, to));
    }

    @Transactional(readOnly = true)
    public long countCandidates(CandidateQuery query) {
        return filtered(query).size();
    }

    /** The report of a candidate who shares with this recruiter; recorded in the candidate's access log. */
    public Optional<CandidateReport> report(long candidateId) {
        return open(candidateId, AccessAction.REPORT);
    }

    /** The same report, read by the recruiter's own tools through the API; recorded as such. */
    public Optional<CandidateReport> reportForApi(long candidateId) {
        return open(candidateId, AccessAction.API);
    }

    /**
     * The report as PDF with a new verification code (stored hashed, with the report's fingerprint).
     *
     * @param verifyUrl the public verification page, printed on the PDF
     */
    public Optional<IssuedPdf> pdf(long candidateId, String verifyUrl) {
        SignedInUser recruiter = currentUser.require();
        return access.grant(recruiter, candidateId).map(grant -> {
            var report = assembler.report(grant, topicTitles());
            String code = VerificationCodes.generate(random);
            verifications.save(new ReportVerification(VerificationCodes.hash(VerificationCodes.normalise(code).orElseThrow()),
                    candidateId, recruiter.id(), grant.shareId(), report.fingerprint(), report.candidateName(),
                    report.call().label(), report.generatedAt()));
            access.record(grant, recruiter, AccessAction.PDF);
            byte[] content = pdf.render(ReportDocument.xhtml(report, code, verifyUrl + "?code=" + code));
            String file = "readiness-" + report.candidateName().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".pdf";
            return new IssuedPdf(content, file, code);
        });
    }

    /**
     * Two to four candidates side by side. Candidates who do not share with this recruiter are left out, so the result
     * may hold fewer than asked; each shown report is recorded.
     */
    public List<CandidateReport> compare(List<Long> candidateIds) {
        var ids = new LinkedHashSet<>(candidateIds);
        if (ids.size() < COMPARE_MIN || ids.size() > COMPARE_MAX) {
            throw new ReportException("Choose between " + COMPARE_MIN + " and " + COMPARE_MAX + " candidates to compare.");
        }
        var reports = new ArrayList<CandidateReport>();
        for (long id : ids) {
            open(id, AccessAction.COMPARE).ifPresent(reports::add);
        }
        return reports;
    }

    /**
     * Opens a share link: while it is active, the recruiter is let in for as long as it lasts. Returns the candidate,
     * or empty when the link is unknown, expired or revoked (all alike).
     */
    public Optional<Long> openLink(String token) {
        SignedInUser recruiter = currentUser.require();
        var share = shares.findByLinkHash(ShareService.linkHash(token))
                .filter(s -> s.kind() == ShareKind.LINK && s.activeAt(assembler.now()));
        if (share.isEmpty()) {
            return Optional.empty();
        }
        if (!holders.existsByShareIdAndRecruiterId(share.get().id(), recruiter.id())) {
            holders.save(new ReportLinkHolder(share.get().id(), recruiter.id(), assembler.now()));
            holders.flush();
        }
        long candidateId = share.get().candidateId();
        var grant = access.grant(recruiter, candidateId);
        grant.ifPresent(g -> access.record(new ReportAccess.Grant(share.get().id(), ShareKind.LINK, g.sharedSince(),
                g.expiresAt(), g.candidate()), recruiter, AccessAction.LINK));
        return grant.map(g -> candidateId);
    }

    /** The role profiles (for filters), lowest first. */
    @Transactional(readOnly = true)
    public List<RoleProfileDefinition> roles() {
        return assembler.profiles();
    }

    @Transactional(readOnly = true)
    public List<TopicSummary> topics() {
        return bank.topics();
    }

    private Optional<CandidateReport> open(long candidateId, AccessAction action) {
        SignedInUser recruiter = currentUser.require();
        return access.grant(recruiter, candidateId).map(grant -> {
            access.record(grant, recruiter, action);
            return assembler.report(grant, topicTitles());
        });
    }

    private List<CandidateRow> filtered(CandidateQuery query) {
        var rows = new ArrayList<>(assembler.rows(access.grants(currentUser.require())));
        var profiles = assembler.profiles();
        rows.removeIf(row -> query.recommendation() != null && !row.call().role().equals(query.recommendation()));
        if (query.topic() != null && query.topicLevel() != null) {
            double required = profiles.stream().filter(p -> p.id().equals(query.topicLevel())).findFirst()
                    .map(p -> p.required().getOrDefault(query.topic(), Double.NEGATIVE_INFINITY))
                    .orElse(Double.NEGATIVE_INFINITY);
            rows.removeIf(row -> row.abilities().getOrDefault(query.topic(), Double.NEGATIVE_INFINITY) < required);
        }
        if (query.sharedSince() != null) {
            var since = query.sharedSince().atStartOfDay(ZoneOffset.UTC).toInstant();
            rows.removeIf(row -> row.sharedSince().isBefore(since));
        }
        Map<String, Integer> rank = profiles.stream().collect(Collectors.toMap(RoleProfileDefinition::id,
                p -> profiles.indexOf(p) + 1));
        rank.put(Recommendation.NOT_YET, 0);
        Comparator<CandidateRow> byName = Comparator.comparing(r -> r.candidateName().toLowerCase(java.util.Locale.ROOT));
        Comparator<CandidateRow> order = switch (query.sort()) {
            case RECOMMENDATION -> Comparator.<CandidateRow>comparingInt(r -> -rank.getOrDefault(r.call().role(), 0))
                    .thenComparingDouble(r -> r.call().probabilityWrong())
                    .thenComparing(byName);
            case OVERALL -> Comparator.<CandidateRow>comparingDouble(r -> -r.overall()).thenComparing(byName);
            case SHARED -> Comparator.comparing(CandidateRow::sharedSince).reversed().thenComparing(byName);
            case NAME -> byName.thenComparingLong(CandidateRow::candidateId);
        };
        rows.sort(order);
        return rows;
    }

    /** Topic titles in the order of the topics file. */
    private Map<String, String> topicTitles() {
        var titles = new java.util.LinkedHashMap<String, String>();
        bank.topics().forEach(t -> titles.put(t.id(), t.title()));
        return titles;
    }
}
