package dev.dlready.readiness;

import dev.dlready.readiness.engine.ItemParameters;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Enough exam answers for calibration, written straight into the tables: synthetic students, one submitted exam each,
 * answers drawn from known item parameters. Every test context shares one database, so {@link #remove()} takes
 * everything away again, including the calibration runs made meanwhile.
 */
public final class CalibrationFixture {

    /** The topic with the fewest questions, so the fixture touches little. */
    public static final String TOPIC = "state-space-models";

    public record Question(long versionId, String questionId, ItemParameters truth) {}

    private final JdbcTemplate jdbc;
    private final ItemCalibration calibration;
    private final String tag = "calfix" + System.nanoTime();
    private final long firstRun;
    private final List<Question> questions = new ArrayList<>();

    public CalibrationFixture(JdbcTemplate jdbc, ItemCalibration calibration) {
        this.jdbc = jdbc;
        this.calibration = calibration;
        Long last = jdbc.queryForObject("select max(id) from calibration_run", Long.class);
        this.firstRun = last == null ? 1 : last + 1;
    }

    /**
     * {@code students} students each answer the first {@code truths.size()} open questions of {@link #TOPIC} once, in one
     * exam, with answers drawn from the given parameters.
     */
    public List<Question> answer(int students, List<ItemParameters> truths, long seed) {
        var rows = jdbc.queryForList("""
                select v.id as vid, q.id as qid from question q
                join question_version v on v.question_id = q.id and v.number = q.current_version
                where q.topic_id = ? and q.retired = false and q.type in ('numeric', 'short_text', 'parameterised_numeric')
                order by q.id
                """, TOPIC);
        if (rows.size() < truths.size()) {
            throw new IllegalStateException("only " + rows.size() + " open questions in " + TOPIC);
        }
        for (int i = 0; i < truths.size(); i++) {
            questions.add(new Question(((Number) rows.get(i).get("vid")).longValue(), (String) rows.get(i).get("qid"),
                    truths.get(i)));
        }
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        var at = Timestamp.from(Instant.parse("2026-11-20T10:00:00Z"));
        var users = new ArrayList<Object[]>();
        for (int s = 0; s < students; s++) {
            users.add(new Object[] {tag + "-" + s + "@example.org", "Sim Student " + s, "{noop}x", "STUDENT", true,
                    "SYSTEM", at, 0});
        }
        jdbc.batchUpdate("""
                insert into user_account (email, display_name, password_hash, role, enabled, color_scheme, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", users);
        List<Long> userIds = jdbc.queryForList(
                "select id from user_account where email like ? order by id", Long.class, tag + "-%");
        var attempts = new ArrayList<Object[]>();
        for (long userId : userIds) {
            attempts.add(new Object[] {userId, tag, TOPIC, at, at, at, "SUBMITTED", 0.0, truths.size(), 0});
        }
        jdbc.batchUpdate("""
                insert into exam_attempt (user_id, title, topics, started_at, deadline, submitted_at, status, score,
                                          max_score, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", attempts);
        List<Long> attemptIds = jdbc.queryForList(
                "select id from exam_attempt where title = ? order by user_id", Long.class, tag);
        var items = new ArrayList<Object[]>();
        for (long attemptId : attemptIds) {
            double theta = random.nextGaussian();
            for (int i = 0; i < questions.size(); i++) {
                var q = questions.get(i);
                double credit = random.nextDouble() < q.truth().probability(theta) ? 1 : 0;
                items.add(new Object[] {attemptId, i + 1, q.questionId(), q.versionId(), TOPIC, 1L, "answer", false, at,
                        credit});
            }
        }
        jdbc.batchUpdate("""
                insert into exam_item (attempt_id, position, question_id, question_version_id, topic_id, seed, response,
                                       flagged, answered_at, credit)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items);
        return List.copyOf(questions);
    }

    /** Removes the synthetic students and their answers, and every calibration run made since the fixture began. */
    public void remove() {
        jdbc.update("delete from calibrated_item where run_id >= ?", firstRun);
        jdbc.update("delete from calibration_run where id >= ?", firstRun);
        jdbc.update("delete from exam_item where attempt_id in (select id from exam_attempt where title = ?)", tag);
        jdbc.update("delete from exam_attempt where title = ?", tag);
        jdbc.update("delete from user_account where email like ?", tag + "-%");
        calibration.invalidate();
    }
}
