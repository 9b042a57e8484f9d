package dev.dlready.content;

import dev.dlready.question.Question;
import java.util.List;

/** Everything read from a quizzes/ folder: what loaded, and every problem found on the way. */
public record ContentBank(List<TopicDefinition> topics, List<QuizDefinition> quizzes, List<ContentProblem> problems) {

    public ContentBank {
        topics = List.copyOf(topics);
        quizzes = List.copyOf(quizzes);
        problems = List.copyOf(problems);
    }

    public List<Question> questions() {
        return quizzes.stream().flatMap(q -> q.questions().stream()).toList();
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
