-- Issues 16 and 17: a sender claims a batch of due rows with one conditional UPDATE that names its lease
-- token (two nodes never claim one row), renews the lease while it sends, and records each outcome only
-- while the row is still leased to it.
ALTER TABLE csl_notification ADD COLUMN lease_token VARCHAR(36);
CREATE INDEX ix_notification_lease ON csl_notification (lease_token);
