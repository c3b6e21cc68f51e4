-- Issue 18.4: a customer without e-mail gets no acknowledgement mail; the registrant tells the number and the
-- reply deadline by phone and records that it was given (who, when).
ALTER TABLE csl_complaint ADD COLUMN ack_phone_by VARCHAR(64);
ALTER TABLE csl_complaint ADD COLUMN ack_phone_at TIMESTAMP(6) WITH TIME ZONE;
