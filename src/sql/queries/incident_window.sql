-- Incident window
-- Per incident, the counts observed over its flagged hours against the
-- expected counts, and the transactions missing (drops, outages) or in
-- excess (spikes). Hours inside the window that were not flagged in the
-- incident's direction (quiet untested hours) are not summed. Hours are UTC.
SELECT
    i.incident,
    i.dataset,
    i.kind,
    min(h.time)                  AS first_hour,
    max(h.time)                  AS last_hour,
    count(*)                     AS flagged_hours,
    sum(h.today)                 AS observed,
    round(sum(e.expected), 1)    AS expected,
    CASE WHEN i.direction = 'down'
         THEN greatest(round(sum(e.expected) - sum(h.today)), 0)
    END                          AS missing,
    CASE WHEN i.direction = 'up'
         THEN greatest(round(sum(h.today) - sum(e.expected)), 0)
    END                          AS excess
FROM incident_windows AS i
JOIN checkout_hours AS h
  ON h.dataset = i.dataset AND h.hour BETWEEN i.first_hour AND i.last_hour
JOIN expected_hours AS e
  ON e.dataset = h.dataset AND e.hour = h.hour
 AND CASE WHEN i.direction = 'down' THEN e.status IN ('drop', 'outage')
          ELSE e.status = 'spike' END
GROUP BY i.incident, i.dataset, i.kind, i.direction, i.first_hour
ORDER BY i.dataset, i.first_hour;
