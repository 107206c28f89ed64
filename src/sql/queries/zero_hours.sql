-- Zero-count hours where sales were expected
-- The raw outage check, without any model: hours with no sale at all while
-- the references say the hour is busy, that is the median of the four
-- references is at least the minimum volume worth testing. Quiet night hours
-- where 0 is ordinary stay out.
WITH typical AS (
    SELECT
        *,
        list_median([yesterday, same_day_last_week,
                     avg_last_week, avg_last_month]) AS reference_median
    FROM checkout_hours
)
SELECT
    dataset,
    time,
    today,
    yesterday,
    same_day_last_week,
    round(avg_last_week, 1)    AS avg_last_week,
    round(avg_last_month, 1)   AS avg_last_month,
    round(reference_median, 1) AS reference_median
FROM typical
WHERE today = 0
  AND reference_median >= $min_expected -- config.minExpected
ORDER BY dataset, hour;
