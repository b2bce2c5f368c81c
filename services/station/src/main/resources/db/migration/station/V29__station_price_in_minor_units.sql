-- A station's price becomes a number (issue 16): whole minor units of the station's ISO 4217
-- currency per kWh, as booking_fee already is. The API shows both in major units.
--
-- Existing free-text prices are converted when they read as one plain amount, optionally with the
-- station's own currency code and a per-kWh suffix: '1200', '1,200', 'UGX 1,200 / kWh',
-- '0.35 USD per kWh'. The amount may not have more decimals than the currency has. Every other
-- text (another currency, a range, words, a decimal comma) is moved, unchanged, to
-- station_price_unconverted for an operator to re-enter, and the station's price is left empty.
-- The migration's log line (a NOTICE) says how many of each there were.

ALTER TABLE station ADD COLUMN price_minor BIGINT CONSTRAINT station_price_not_negative CHECK (price_minor >= 0);

CREATE TABLE station_price_unconverted (
    station_id  UUID PRIMARY KEY REFERENCES station (id) ON DELETE CASCADE,
    price       TEXT        NOT NULL,
    currency    TEXT        NOT NULL,
    moved_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

WITH cleaned AS (
    SELECT id,
           -- ISO 4217 minor units: currencies without, or with three or four decimals; else two.
           CASE
               WHEN currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI',
                                 'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN 0
               WHEN currency IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN 3
               WHEN currency IN ('CLF', 'UYW') THEN 4
               ELSE 2
           END AS decimals,
           btrim(regexp_replace(
               regexp_replace(lower(price), '\s*(/|per)\s*kwh\s*$', ''),
               '^\s*' || lower(currency) || '\s*|\s*' || lower(currency) || '\s*$', '', 'g')) AS amount
    FROM station
    WHERE price IS NOT NULL AND btrim(price) <> ''
), readable AS (
    SELECT id, decimals, replace(amount, ',', '') AS amount
    FROM cleaned
    WHERE amount ~ '^([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$'
      AND length(rtrim(split_part(amount, '.', 2), '0')) <= decimals
      AND length(split_part(amount, '.', 1)) <= 15
)
UPDATE station s
SET price_minor = (r.amount::numeric * power(10::numeric, r.decimals))::bigint
FROM readable r
WHERE s.id = r.id;

INSERT INTO station_price_unconverted (station_id, price, currency)
SELECT id, price, currency
FROM station
WHERE price IS NOT NULL AND btrim(price) <> '' AND price_minor IS NULL;

DO $$
DECLARE
    converted BIGINT;
    unconverted BIGINT;
BEGIN
    SELECT count(*) INTO converted FROM station WHERE price_minor IS NOT NULL;
    SELECT count(*) INTO unconverted FROM station_price_unconverted;
    RAISE NOTICE 'Station prices: % converted to minor units; % not read as an amount, kept in station_price_unconverted and left empty',
        converted, unconverted;
END
$$;

ALTER TABLE station DROP COLUMN price;
