-- expected_hours: the analysis's verdict on each hour (expected count, the
-- plausible range of a normal count, status), loaded from Findings so that
-- SQL and pages judge the hours by the same expected counts.
CREATE TABLE expected_hours (
    dataset       VARCHAR NOT NULL,
    hour          INTEGER NOT NULL,
    expected      DOUBLE  NOT NULL,
    expected_low  INTEGER NOT NULL,
    expected_high INTEGER NOT NULL,
    status        VARCHAR NOT NULL,
    PRIMARY KEY (dataset, hour)
);
