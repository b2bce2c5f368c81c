-- Users' choices: quiet hours (local times in the recipient's time zone, the end may be after midnight) and, per
-- category, the channels they want (a category without a row uses its defaults).
ALTER TABLE recipient ADD COLUMN quiet_start TIME, ADD COLUMN quiet_end TIME;

CREATE TABLE channel_preference (
    user_id  TEXT   NOT NULL,
    category TEXT   NOT NULL,
    channels TEXT[] NOT NULL,
    PRIMARY KEY (user_id, category)
);
