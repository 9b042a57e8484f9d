package dev.dlready.readiness;

import dev.dlready.bank.QuestionVersions;
import dev.dlready.question.Level;
import dev.dlready.question.Question;
import dev.dlready.readiness.engine.ItemParameters;
import org.springframework.stereotype.Component;

/**
 * The item-response parameters the readiness model uses for each question version. Until a question has been
 * calibrated from real responses, its parameters come from the author's declared difficulty and level.
 */
@Component
public class ItemCalibration {

    private final QuestionVersions versions;

    ItemCalibration(QuestionVersions versions) {
        this.versions = versions;
    }

    /** The parameters in force for one question version. */
    public ItemParameters parameters(long questionVersionId) {
        return declared(versions.load(questionVersionId).question());
    }

    /** The parameters in force for one question version whose content is already at hand (saves a lookup). */
    public ItemParameters parameters(long questionVersionId, Question question) {
        return declared(question);
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
