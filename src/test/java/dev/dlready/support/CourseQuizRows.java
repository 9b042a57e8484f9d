package dev.dlready.support;

import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** A published course quiz row owned by the demo instructor, for tests of attempts that belong to one. */
public final class CourseQuizRows {

    private CourseQuizRows() {}

    public static long create(JdbcTemplate jdbc) {
        Long owner = jdbc.queryForObject("select id from user_account where email = 'instructor@dlready.dev'", Long.class);
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into course_quiz (owner_id, title, description, attempts_allowed, shuffle_questions, feedback,
                        status, created_at, updated_at, version)
                    values (?, 'Course quiz', '', 0, false, 'AFTER_SUBMISSION', 'PUBLISHED', current_timestamp,
                        current_timestamp, 0)""", new String[] {"id"});
            statement.setLong(1, Objects.requireNonNull(owner));
            return statement;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }
}
