-- Questions written in the browser: who wrote a question, and who wrote each version.
alter table question add column author_id bigint references user_account (id);
alter table question_version add column author_id bigint references user_account (id);
