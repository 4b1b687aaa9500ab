-- The e-mail steps that have sent their e-mail (issue 27): the job's id, written in a transaction of its own right after
-- the SMTP server accepted the e-mail, so that a try of the same step after its transaction was rolled back (a race
-- lost with a user acting on the same file) does not send it again. Kept 30 days (RetentionService).
create table mail_step_sent (
    job_id  varchar(64) primary key,
    sent_at timestamp   not null
);
create index idx_mail_step_sent_at on mail_step_sent (sent_at);
