-- E-mails are now sent by asynchronous service tasks of the processes (fr.pepites.notification): the outbox of V4
-- goes. Its rows were queued or sent e-mails of the demo only: no deployment had used it.
drop table mail_message;
drop sequence mail_message_seq;
