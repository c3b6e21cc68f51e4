-- Issue 17: mail is delivered however long the outage. A resend by an operator is recorded on the row.
ALTER TABLE csl_notification ADD COLUMN resent_by VARCHAR(64);
ALTER TABLE csl_notification ADD COLUMN resent_at TIMESTAMP;
ALTER TABLE csl_notification ADD COLUMN resend_count INTEGER DEFAULT 0 NOT NULL;
