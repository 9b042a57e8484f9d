package dev.dlready.report;

import dev.dlready.account.AccountDirectory;
import dev.dlready.account.Role;
import dev.dlready.account.SignedInUser;
import dev.dlready.report.internal.ReportAccessRecord;
import dev.dlready.report.internal.ReportAccessRecordRepository;
import dev.dlready.report.internal.ReportShare;
import dev.dlready.report.internal.ReportShareRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a recruiter may see a candidate: only through an active share (not revoked, not
 * expired) with them, with their organisation, or through a link they opened; only while both accounts are enabled.
 * Anything else is answered exactly like a candidate who does not exist.
 */
@Component
class ReportAccess {

    /** Why a recruiter may see a candidate: the earliest active share that lets them in. */
    record Grant(long shareId, ShareKind kind, Instant sharedSince, @Nullable Instant expiresAt, AccountDirectory.Account candidate) {}

    private final ReportShareRepository shares;
    private final ReportAccessRecordRepository log;
    private final AccountDirectory accounts;
    private final Clock clock;

    ReportAccess(ReportShareRepository shares, ReportAccessRecordRepository log, AccountDirectory accounts, Clock clock) {
        this.shares = shares;
        this.log = log;
        this.accounts = accounts;
        this.clock = clock;
    }

    Optional<Grant> grant(SignedInUser recruiter, long candidateId) {
        return grants(recruiter, candidateId).stream().findFirst();
    }

    /** One grant per candidate the recruiter may see, in the order the candidates first shared. */
    List<Grant> grants(SignedInUser recruiter) {
        return grants(recruiter, -1);
    }

    /** Whether the recruiter with this id may see the candidate now (for verification, without a signed-in user). */
    boolean stillShared(long recruiterId, long candidateId) {
        return accounts.find(recruiterId)
                .map(r -> new SignedInUser(r.id(), r.email(), r.displayName(), r.role()))
                .map(r -> !grants(r, candidateId).isEmpty())
                .orElse(false);
    }

    void record(Grant grant, SignedInUser recruiter, AccessAction action) {
        log.save(new ReportAccessRecord(grant.candidate().id(), recruiter.id(), grant.shareId(), action, clock.instant()));
    }

    private List<Grant> grants(SignedInUser recruiter, long candidateId) {
        var account = accounts.find(recruiter.id());
        if (account.isEmpty() || !account.get().enabled() || account.get().role() != Role.RECRUITER) {
            return List.of();
        }
        String organisation = account.get().organisation() == null ? "" : account.get().organisation();
        Map<Long, Grant> byCandidate = new LinkedHashMap<>();
        for (ReportShare share : shares.findGranting(recruiter.id(), organisation, candidateId, clock.instant())) {
            if (byCandidate.containsKey(share.candidateId())) {
                continue;
            }
            accounts.find(share.candidateId())
                    .filter(AccountDirectory.Account::enabled)
                    .ifPresent(candidate -> byCandidate.put(candidate.id(), new Grant(
                            share.id(), share.kind(), share.createdAt(), share.expiresAt(), candidate)));
        }
        return List.copyOf(byCandidate.values());
    }
}
