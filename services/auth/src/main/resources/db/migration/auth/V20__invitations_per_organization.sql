-- An invitation names the organization it invites into: accepting it joins that organization only,
-- and a new invitation replaces earlier ones into the same organization only. Older rows keep NULL.
ALTER TABLE one_time_token ADD COLUMN organization_id UUID REFERENCES organization (id) ON DELETE CASCADE;
