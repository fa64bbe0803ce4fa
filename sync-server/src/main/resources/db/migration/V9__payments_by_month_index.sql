-- Issue 16: the dashboard's payments by month and the finance figures' money in this month read
-- every payment of a date range. With only (received_at) the amount and kind came from the row:
-- 46 s for twelve months on 1,000,000 students (2.4 M payments), beyond the statement time-out,
-- so the dashboard's rollup was never made there. With them in the index the scan is index-only.
ALTER TABLE payments ADD INDEX ix_payments_received_kind_amount (received_at, kind, amount);
