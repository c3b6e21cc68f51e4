-- R-AS-10, R-AS-13 (issue 20.2): from a complaint to improvement.
-- The department's answer to the callback's feedback (acknowledged, with its measure).
ALTER TABLE csl_complaint ADD COLUMN department_measure VARCHAR(2000);
ALTER TABLE csl_complaint ADD COLUMN department_measure_by VARCHAR(64);
ALTER TABLE csl_complaint ADD COLUMN department_measure_at TIMESTAMP(6) WITH TIME ZONE;
-- The manager's closure: who was responsible and any penalty (S1 篇十一 七; the grades are complaint-penalty.dmn).
ALTER TABLE csl_complaint ADD COLUMN responsible_person VARCHAR(200);
ALTER TABLE csl_complaint ADD COLUMN penalty_level VARCHAR(20);
ALTER TABLE csl_complaint ADD COLUMN penalty_amount NUMERIC(12, 2);
ALTER TABLE csl_complaint ADD COLUMN penalty_sanction VARCHAR(500);
ALTER TABLE csl_complaint ADD COLUMN penalty_note VARCHAR(1000);
ALTER TABLE csl_complaint ADD COLUMN closed_by VARCHAR(64);
ALTER TABLE csl_complaint ADD COLUMN closed_at TIMESTAMP(6) WITH TIME ZONE;
-- A corrective action raised from a complaint names it (and the complaint lists its actions).
ALTER TABLE csl_capa ADD COLUMN complaint_id BIGINT REFERENCES csl_complaint (id);
CREATE INDEX ix_capa_complaint ON csl_capa (complaint_id);
-- A major complaint's visit (S3 五.6.3–6.4) is a 顾客走访记录表 outside any visit plan, naming the complaint.
ALTER TABLE csl_customer_visit ALTER COLUMN plan_id DROP NOT NULL;
ALTER TABLE csl_customer_visit ADD COLUMN complaint_id BIGINT REFERENCES csl_complaint (id);
ALTER TABLE csl_customer_visit ADD COLUMN visit_method VARCHAR(20);
