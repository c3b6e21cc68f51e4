-- Contract classification (R-IN-1): the class the DMN suggested and the one engineering confirmed.
ALTER TABLE csl_contract ADD COLUMN suggested_class VARCHAR(10);
ALTER TABLE csl_contract ADD COLUMN contract_class VARCHAR(10);
ALTER TABLE csl_contract ADD COLUMN class_reason VARCHAR(500);
ALTER TABLE csl_contract ADD COLUMN classified_by VARCHAR(64);
