-- Issue 18: a receipt's first print is the original, every later one says "สำเนา / COPY".
ALTER TABLE receipts ADD COLUMN print_count INT NOT NULL DEFAULT 0;
