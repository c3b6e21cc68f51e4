-- Issue 13: the handling notice (客户投诉处理通知单) quotes the complaint (≤ 2,000 characters) and the
-- customer's request (≤ 1,000) with its header; 2,000 characters refused a 1,990-character complaint.
ALTER TABLE csl_complaint ALTER COLUMN notice SET DATA TYPE VARCHAR(6000);
