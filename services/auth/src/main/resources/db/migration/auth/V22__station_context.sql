-- Station contexts (the console's station picker): each station assignment gets an id the client
-- names, kept while the assignment is replaced with the same station, and each member may select one
-- of their assignments as the station they work at now, per organization. Gone with the assignment.
ALTER TABLE station_assignment ADD COLUMN id UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE station_assignment ADD CONSTRAINT station_assignment_id UNIQUE (id);

CREATE TABLE station_context (
    user_id          UUID        NOT NULL,
    organization_id  UUID        NOT NULL,
    assignment_id    UUID        NOT NULL REFERENCES station_assignment (id) ON DELETE CASCADE,
    selected_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, organization_id)
);
