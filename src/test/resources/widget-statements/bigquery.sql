-- formula count
SELECT COUNT(*) AS w_value FROM `project.samples.places` AS _src;

-- formula avg
SELECT AVG(CAST(`population` AS FLOAT64)) AS w_value FROM `project.samples.places` AS _src;

-- formula custom
SELECT (SUM(population) / COUNT(*)
) AS w_value FROM `project.samples.places` AS _src;

-- category
SELECT w_name, w_value, COUNT(*) OVER () AS w_total, SUM(w_value) OVER () AS w_all FROM (SELECT `country` AS w_name, COUNT(*) AS w_value FROM `project.samples.places` AS _src GROUP BY `country`) AS _c ORDER BY w_value DESC, w_name ASC NULLS LAST LIMIT 20;

-- pie
SELECT w_name, w_value, COUNT(*) OVER () AS w_total, SUM(w_value) OVER () AS w_all FROM (SELECT `continent` AS w_name, SUM(`area_km2`) AS w_value FROM `project.samples.places` AS _src GROUP BY `continent`) AS _c ORDER BY w_value DESC, w_name ASC NULLS LAST LIMIT 20;

-- histogram with bounds
SELECT w_bucket, COUNT(*) AS w_value, MIN(w_lo) AS w_lo, MIN(w_hi) AS w_hi FROM (SELECT _src.*, CASE WHEN 2000000 > 50000 THEN LEAST(19, CAST(FLOOR((CAST(`population` AS FLOAT64) - 50000) / ((CAST(2000000 AS FLOAT64) - 50000) / 20)) AS INT64)) ELSE 0 END AS w_bucket, 50000 AS w_lo, 2000000 AS w_hi FROM `project.samples.places` AS _src WHERE `population` >= 50000 AND `population` <= 2000000) AS _w GROUP BY w_bucket ORDER BY w_bucket;

-- histogram of the data
SELECT w_bucket, SUM(`population`) AS w_value, MIN(w_lo) AS w_lo, MIN(w_hi) AS w_hi FROM (SELECT _src.*, CASE WHEN _b.w_hi > _b.w_lo THEN LEAST(4, CAST(FLOOR((CAST(`population` AS FLOAT64) - _b.w_lo) / ((CAST(_b.w_hi AS FLOAT64) - _b.w_lo) / 5)) AS INT64)) ELSE 0 END AS w_bucket, _b.w_lo AS w_lo, _b.w_hi AS w_hi FROM `project.samples.places` AS _src CROSS JOIN (SELECT MIN(`population`) AS w_lo, MAX(`population`) AS w_hi FROM `project.samples.places` AS _src) AS _b WHERE `population` >= _b.w_lo AND `population` <= _b.w_hi) AS _w GROUP BY w_bucket ORDER BY w_bucket;

-- range
SELECT MIN(`area_km2`) AS w_lo, MAX(`area_km2`) AS w_hi FROM `project.samples.places` AS _src;

-- time series by week
SELECT w_step, COUNT(*) AS w_value FROM (SELECT _src.*, TIMESTAMP_TRUNC(CAST(`seen` AS TIMESTAMP), ISOWEEK) AS w_step FROM `project.samples.places` AS _src WHERE `seen` IS NOT NULL) AS _w GROUP BY w_step ORDER BY w_step;

-- table
SELECT `name`, `population`, COUNT(*) OVER () AS w_total FROM (
SELECT * FROM samples.places
) AS _src LIMIT 10;

-- scatter
SELECT `lat` AS w_x, `population` AS w_y FROM `project.samples.places` AS _src WHERE `lat` IS NOT NULL AND `population` IS NOT NULL LIMIT 2000;

