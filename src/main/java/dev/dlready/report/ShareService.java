package dev.dlready.report;

import dev.dlready.account.AccountDirectory;
import dev.dlready.account.CurrentUser;
import dev.dlready.account.EmailAddresses;
import dev.dlready.account.Organisations;
import dev.dlready.account.Role;
import dev.dlready.bank.BankService;
import dev.dlready.report.engine.VerificationCodes;
import dev.dlready.report.internal.ReportAccessRecord;
import dev.dlready.report.internal.ReportAccessRecordRepository;
import dev.dlready.report.internal.ReportLinkHolderRepository;
import dev.dlready.report.internal.ReportShare;
import dev.dlready.report.internal.ReportShareRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's side of sharing: share the readiness report with a recruiter, an organisation or through a link,
 * see every share and who opened what, and revoke a share at once. A student only ever reaches their own shares.
 */
@Service
@PreAuthorize("hasRole('STUDENT')")
@Transactional
public class ShareService {

    /** How long a share may last at most; a link must end within this. */
    public static final Duration LONGEST = Duration.ofDays(365);

    private final ReportShareRepository shares;
    private final ReportAccessRecordRepository log;
    private final ReportLinkHolderRepository holders;
    private final AccountDirectory accounts;
    private final ReportAssembler assembler;
    private final BankService bank;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ShareService(ReportShareRepository shares, ReportAccessRecordRepository log, ReportLinkHolderRepository holders,
            AccountDirectory accounts, ReportAssembler assembler, BankService bank, CurrentUser currentUser, Clock clock) {
        this.assembler = assembler;
        this.bank = bank;
        this.shares = shares;
        this.log = log;
        this.holders = holders;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Shares with one recruiter, named by the email of their account. */
    public ShareSummary shareWithRecruiter(String email, @Nullable Duration validFor) {
        if (EmailAddresses.problem(email).isPresent()) {
            throw new ReportException("Enter the recruiter's email address, like name@example.com.");
        }
        var recruiter = accounts.findByEmail(email)
                .filter(a -> a.role() == Role.RECRUITER && a.enabled())
                .orElseThrow(() -> new ReportException(
                        "No recruiter account uses this address. Check it with the recruiter, or share a link instead."));
        long me = me();
        boolean already = shares.findByCandidateIdOrderByCreatedAtDesc(me).stream()
                .anyMatch(s -> s.kind() == ShareKind.RECRUITER && Long.valueOf(recruiter.id()).equals(s.recruiterId())
                        && s.activeAt(clock.instant()));
        if (already) {
            throw new ReportException("You already share your report with " + recruiter.displayName()
                    + ". Revoke that share first to change how long it lasts.");
        }
        Instant now = clock.instant();
        return summary(shares.save(ReportShare.withRecruiter(me, recruiter.id(), now, until(now, validFor))), new HashMap<>());
    }

    /** Shares with every recruiter of an organisation, now and later. */
    public ShareSummary shareWithOrganisation(String organisation, @Nullable Duration validFor) {
        String name = Organisations.normalise(organisation);
        var known = accounts.recruiterOrganisations().stream().filter(o -> o.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new ReportException(
                        "No recruiter belongs to an organisation of this name. Choose one from the list."));
        long me = me();
        boolean already = shares.findByCandidateIdOrderByCreatedAtDesc(me).stream()
                .anyMatch(s -> s.kind() == ShareKind.ORGANISATION && known.equalsIgnoreCase(s.organisation())
                        && s.activeAt(clock.instant()));
        if (already) {
            throw new ReportException("You already share your report with " + known + ".");
        }
        Instant now = clock.instant();
        return summary(shares.save(ReportShare.withOrganisation(me, known, now, until(now, validFor))), new HashMap<>());
    }

    /**
     * Creates a link. A recruiter who opens it while it is active (signed in with their recruiter account) can see the
     * report until the link expires or is revoked. The secret part of the link is returned once and stored hashed.
     */
    public CreatedLink createLink(Duration validFor) {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        var share = shares.save(ReportShare.asLink(me(), linkHash(token), now, until(now, validFor)));
        return new CreatedLink(summary(share, new HashMap<>()), "shared/" + token);
    }

    /** Ends a share at once. Revoking again changes nothing. */
    public ShareSummary revoke(long shareId) {
        var share = shares.findByIdAndCandidateId(shareId, me())
                .orElseThrow(() -> new ReportException("This share no longer exists. Refresh the page."));
        share.revoke(clock.instant());
        return summary(shares.saveAndFlush(share), new HashMap<>());
    }

    /** Every share, newest first, with its state and how often it was used. */
    @Transactional(readOnly = true)
    public List<ShareSummary> shares() {
        var names = new HashMap<Long, String>();
        return shares.findByCandidateIdOrderByCreatedAtDesc(me()).stream().map(s -> summary(s, names)).toList();
    }

    /** Who opened what, newest first. */
    @Transactional(readOnly = true)
    public List<AccessEntry> accessLog(int limit) {
        var kinds = new HashMap<Long, ShareKind>();
        return log.findByCandidateIdOrderByAtDescIdDesc(me(), PageRequest.of(0, Math.max(1, limit))).stream()
                .map(entry -> entry(entry, kinds))
                .toList();
    }

    /**
     * The report exactly as a recruiter would see it now (exams only), for the student to check before sharing. Not
     * recorded in the access log: nobody else opened it.
     */
    @Transactional(readOnly = true)
    public CandidateReport preview() {
        var me = accounts.find(me()).orElseThrow();
        var titles = new java.util.LinkedHashMap<String, String>();
        bank.topics().forEach(t -> titles.put(t.id(), t.title()));
        return assembler.report(new ReportAccess.Grant(0, ShareKind.RECRUITER, clock.instant(), null, me), titles);
    }

    /** The organisations a student can share with. */
    @Transactional(readOnly = true)
    public List<String> organisations() {
        return accounts.recruiterOrganisations();
    }

    static String linkHash(String token) {
        return VerificationCodes.sha256Hex("link:" + token);
    }

    private AccessEntry entry(ReportAccessRecord record, Map<Long, ShareKind> kinds) {
        var recruiter = accounts.find(record.recruiterId());
        ShareKind via = kinds.computeIfAbsent(record.shareId(),
                id -> shares.findById(id).map(ReportShare::kind).orElse(ShareKind.RECRUITER));
        return new AccessEntry(
                recruiter.map(AccountDirectory.Account::displayName).orElse("A former recruiter"),
                recruiter.map(AccountDirectory.Account::email).orElse(""),
                recruiter.map(AccountDirectory.Account::organisation).orElse(null),
                record.action(),
                via,
                record.at());
    }

    private @Nullable Instant until(Instant now, @Nullable Duration validFor) {
        if (validFor == null) {
            return null;
        }
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST) > 0) {
            throw new ReportException("Choose how long the share lasts: between one day and a year.");
        }
        return now.plus(validFor);
    }

    private ShareSummary summary(ReportShare share, Map<Long, String> names) {
        String with = switch (share.kind()) {
            case RECRUITER -> Optional.ofNullable(share.recruiterId())
                    .map(id -> names.computeIfAbsent(id, i -> accounts.find(i)
                            .map(a -> a.displayName() + " (" + a.email() + ")").orElse("A former recruiter")))
                    .orElse("A recruiter");
            case ORGANISATION -> "Recruiters of " + share.organisation();
            case LINK -> "Recruiters who open the link";
        };
        Instant now = clock.instant();
        ShareSummary.Status status = share.revokedAt() != null ? ShareSummary.Status.REVOKED
                : share.activeAt(now) ? ShareSummary.Status.ACTIVE : ShareSummary.Status.EXPIRED;
        return new ShareSummary(share.id(), share.kind(), with, share.createdAt(), share.expiresAt(), share.revokedAt(),
                status, log.countByShareId(share.id()),
                status == ShareSummary.Status.ACTIVE ? whoHasAccess(share) : List.of());
    }

    private List<String> whoHasAccess(ReportShare share) {
        return switch (share.kind()) {
            case RECRUITER -> accounts.find(Objects.requireNonNull(share.recruiterId()))
                    .filter(AccountDirectory.Account::enabled)
                    .map(a -> List.of(describe(a)))
                    .orElse(List.of());
            case ORGANISATION -> accounts.recruitersOf(Objects.requireNonNull(share.organisation())).stream()
                    .map(ShareService::describe)
                    .toList();
            case LINK -> holders.findByShareIdOrderByOpenedAt(share.id()).stream()
                    .flatMap(h -> accounts.find(h.recruiterId()).filter(AccountDirectory.Account::enabled).stream())
                    .map(ShareService::describe)
                    .toList();
        };
    }

    private static String describe(AccountDirectory.Account recruiter) {
        return recruiter.displayName() + " (" + recruiter.email() + ")";
    }

    private long me() {
        return currentUser.require().id();
    }
}
