-- Each hour against every reference
-- Today's count beside each reference for the same hour, and today's ratio
-- to each one: 1.00 is the same as the reference, 0.00 no sale at all.
-- A ratio is empty where the reference is 0.
SELECT
    dataset,
    time,
    today,
    yesterday,
    round(today / NULLIF(yesterday, 0), 2)          AS ratio_yesterday,
    same_day_last_week,
    round(today / NULLIF(same_day_last_week, 0), 2) AS ratio_same_day_last_week,
    round(avg_last_week, 1)                         AS avg_last_week,
    round(today / NULLIF(avg_last_week, 0), 2)      AS ratio_avg_last_week,
    round(avg_last_month, 1)                        AS avg_last_month,
    round(today / NULLIF(avg_last_month, 0), 2)     AS ratio_avg_last_month
FROM checkout_hours
ORDER BY dataset, hour;
