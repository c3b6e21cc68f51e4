-- Issue 17: safe retries. A client's Idempotency-Key on a creating /api POST, per user: the first answer is
-- kept (status and body) and returned again for the same key and body; another body with the key is a 409.
CREATE TABLE csl_idempotency_key (
    user_id       VARCHAR(64)     NOT NULL,
    idem_key      VARCHAR(200)    NOT NULL,
    request_hash  VARCHAR(64)     NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(200),
    body          VARCHAR(300000),
    created_at    TIMESTAMP       NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX csl_idempotency_key_created ON csl_idempotency_key (created_at);
