-- Which stations a member of an organization works at, in which role and shift (the team screens'
-- station assignments). Replaced as a whole per member; gone with the membership.
CREATE TABLE station_assignment (
    user_id          UUID        NOT NULL,
    organization_id  UUID        NOT NULL,
    station_id       TEXT        NOT NULL,
    role             TEXT        NOT NULL,
    is_primary       BOOLEAN     NOT NULL,
    is_active        BOOLEAN     NOT NULL,
    shift_start      TIME,
    shift_end        TIME,
    timezone         TEXT,
    position         INTEGER     NOT NULL,
    PRIMARY KEY (user_id, organization_id, station_id),
    FOREIGN KEY (user_id, organization_id) REFERENCES membership (user_id, organization_id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX station_assignment_one_primary
    ON station_assignment (user_id, organization_id) WHERE is_primary;
