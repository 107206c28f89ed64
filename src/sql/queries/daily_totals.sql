-- Daily totals
-- The day's total of today and of each reference per dataset, with today's
-- change in percent against yesterday and against the same day last week.
-- A count of hours below 24 means a file is missing hours.
SELECT
    dataset,
    count(*)                         AS hours,
    sum(today)                       AS today,
    sum(yesterday)                   AS yesterday,
    sum(same_day_last_week)          AS same_day_last_week,
    round(sum(avg_last_week), 1)     AS avg_last_week,
    round(sum(avg_last_month), 1)    AS avg_last_month,
    round(100 * (sum(today) / NULLIF(sum(yesterday), 0) - 1), 1)
                                     AS change_vs_yesterday_pct,
    round(100 * (sum(today) / NULLIF(sum(same_day_last_week), 0) - 1), 1)
                                     AS change_vs_same_day_last_week_pct
FROM checkout_hours
GROUP BY dataset
ORDER BY dataset;
