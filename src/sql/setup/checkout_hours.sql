-- checkout_hours: every CSV of the data folder as one table, one row per
-- dataset and hour. The column types are stated rather than sniffed, so a
-- file whose first rows happen to be whole numbers still reads its averages
-- as decimals. $csv_files is the list of files, bound by the caller.
CREATE TABLE checkout_hours AS
SELECT
    regexp_extract(filename, '([^/\\]+)\.csv$', 1, 'i') AS dataset,
    CAST(left(time, 2) AS INTEGER)                      AS hour,
    time,
    today,
    yesterday,
    same_day_last_week,
    avg_last_week,
    avg_last_month
FROM read_csv(
    $csv_files,
    header = true,
    -- The dialect is stated, not sniffed: a file with a single quoted
    -- field must read like one with none, as the validation reads it.
    delim = ',',
    quote = '"',
    escape = '"',
    -- Each file read on its own terms: with one dialect for all, DuckDB
    -- silently skips a Windows (CRLF) file beside Unix (LF) ones.
    union_by_name = true,
    filename = true,
    columns = {
        'time': 'VARCHAR',
        'today': 'INTEGER',
        'yesterday': 'INTEGER',
        'same_day_last_week': 'INTEGER',
        'avg_last_week': 'DOUBLE',
        'avg_last_month': 'DOUBLE'
    }
);
