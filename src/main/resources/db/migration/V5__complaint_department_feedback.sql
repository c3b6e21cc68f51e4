-- R-AS-10: the callback's feedback to the handling department (改进建议), kept on the complaint file.
ALTER TABLE csl_complaint ADD COLUMN department_feedback VARCHAR(1000);
ALTER TABLE csl_complaint ADD COLUMN called_back_at TIMESTAMP(6) WITH TIME ZONE;
