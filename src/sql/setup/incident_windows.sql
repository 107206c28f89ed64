-- incident_windows: each incident of Findings with its first and last hour,
-- so the window can be summed from the CSV counts.
CREATE TABLE incident_windows (
    incident   VARCHAR PRIMARY KEY,
    dataset    VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    direction  VARCHAR NOT NULL,
    first_hour INTEGER NOT NULL,
    last_hour  INTEGER NOT NULL
);
