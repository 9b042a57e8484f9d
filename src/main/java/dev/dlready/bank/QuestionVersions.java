package dev.dlready.bank;

import dev.dlready.bank.internal.QuestionVersionRepository;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads exact question versions for server-side work that runs without a signed-in user, such as grading an exam
 * whose time ran out. Not for views: they go through the services of their feature, which check who may see what.
 */
@Service
@Transactional(readOnly = true)
public class QuestionVersions {

    private final QuestionVersionRepository versions;

    QuestionVersions(QuestionVersionRepository versions) {
        this.versions = versions;
    }

    public BankQuestion load(long versionId) {
        return versions.findById(versionId)
                .map(BankService::toBankQuestion)
                .orElseThrow(() -> new NoSuchElementException("No question version " + versionId));
    }
}
