-- Anomalous hours
-- Hours whose count today is far below or above the expected count. The
-- expected count, its plausible range and the status come from the analysis
-- (table expected_hours); the counts come from the CSV files.
SELECT
    h.dataset,
    h.time,
    e.status,
    h.today,
    round(e.expected, 1)                      AS expected,
    e.expected_low,
    e.expected_high,
    round(h.today - e.expected, 1)            AS deviation,
    round(h.today / NULLIF(e.expected, 0), 2) AS ratio
FROM checkout_hours AS h
JOIN expected_hours AS e USING (dataset, hour)
WHERE e.status <> 'normal'
ORDER BY h.dataset, h.hour;
