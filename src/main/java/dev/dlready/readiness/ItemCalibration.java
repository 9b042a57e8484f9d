package dev.dlready.readiness;

import dev.dlready.bank.QuestionVersions;
import dev.dlready.question.Level;
import dev.dlready.question.Question;
import dev.dlready.readiness.engine.ItemParameters;
import dev.dlready.readiness.internal.CalibratedItem;
import dev.dlready.readiness.internal.CalibratedItemRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The item-response parameters the readiness model uses for each question version: the latest calibration from real
 * responses when the version has one, else the parameters from the author's declared difficulty and level.
 *
 * <p>Both are cached. Declared parameters never change (a question version is immutable); calibrated ones change only
 * when a calibration run commits, which calls {@link #invalidate()}.
 */
@Component
public class ItemCalibration {

    private final QuestionVersions versions;
    private final CalibratedItemRepository calibrations;
    private final Map<Long, ItemParameters> declared = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Map<Long, ItemParameters> calibrated;

    ItemCalibration(QuestionVersions versions, CalibratedItemRepository calibrations) {
        this.versions = versions;
        this.calibrations = calibrations;
    }

    /** The parameters in force for one question version. */
    public ItemParameters parameters(long questionVersionId) {
        ItemParameters fromData = calibrated().get(questionVersionId);
        if (fromData != null) {
            return fromData;
        }
        return declared.computeIfAbsent(questionVersionId, id -> declared(versions.load(id).question()));
    }

    /** Whether the parameters of this version come from a calibration run. */
    public boolean isCalibrated(long questionVersionId) {
        return calibrated().containsKey(questionVersionId);
    }

    /** Forgets the cached calibrations; the next read loads those of the latest runs. */
    void invalidate() {
        generation.incrementAndGet();
        calibrated = null;
    }

    private Map<Long, ItemParameters> calibrated() {
        var current = calibrated;
        if (current != null) {
            return current;
        }
        long seen = generation.get();
        var loaded = new HashMap<Long, ItemParameters>();
        for (CalibratedItem item : calibrations.findInForce()) {
            loaded.put(item.questionVersionId(),
                    new ItemParameters(item.discrimination(), item.difficulty(), item.guessing()));
        }
        var result = Map.copyOf(loaded);
        // A run that committed while this was loading wins: keep its invalidation rather than older rows.
        if (generation.get() == seen) {
            calibrated = result;
        }
        return result;
    }

    /** The parameters in force for one question version whose content is already at hand (saves a lookup). */
    public ItemParameters parameters(long questionVersionId, Question question) {
        ItemParameters fromData = calibrated().get(questionVersionId);
        return fromData != null ? fromData : declared(question);
    }

    /** Parameters from the declared difficulty and level, with the guessing floor of the question type. */
    public static ItemParameters declared(Question question) {
        return ItemParameters.fromDeclared(
                question.meta().difficulty(), question.meta().level() == Level.ENTRY, guessingFloor(question));
    }

    /** The chance of a right answer by guessing: 1/k for single-choice among k options, 1/2 for true/false, else 0. */
    public static double guessingFloor(Question question) {
        return switch (question) {
            case Question.Choice c when !c.multiple() -> 1.0 / c.options().size();
            case Question.TrueFalse t -> 0.5;
            default -> 0;
        };
    }
}
