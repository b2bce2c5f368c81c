CREATE TABLE widget (
    id       BIGSERIAL PRIMARY KEY,
    name     TEXT    NOT NULL,
    quantity INTEGER NOT NULL
);

CREATE TABLE received_event (
    event_id       UUID PRIMARY KEY,
    name           TEXT NOT NULL,
    correlation_id TEXT
);
