-- R-REP-2 (issue 20.3): a contract carries its warranty period (保修期至, recorded at signing); the repair survey
-- proposes work-order type A (保修) or B (保修期外) from it through repair-order-type.dmn, the surveyor confirms.
ALTER TABLE csl_contract ADD COLUMN warranty_until DATE;
