-- Exams set up by instructors for a course: which course quiz an attempt belongs to (the cohort feature adds the
-- foreign key once its table exists), whether each answer may be checked during the exam, and when it was checked
-- (a checked answer can no longer change).
alter table exam_attempt add column course_quiz_id bigint;
alter table exam_attempt add column immediate_feedback boolean default false not null;
alter table exam_item add column checked_at timestamp with time zone;

create index ix_exam_attempt_course_quiz on exam_attempt (course_quiz_id, user_id);
