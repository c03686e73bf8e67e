-- The identity provider's groups a single sign-on user had at their last login. With them the staff directory
-- answers who holds a role through the group mapping as it is now (a mapping added or removed since the user's
-- last login counts at once), e.g. for management's morning mail about inquiries.
CREATE TABLE staff_user_sso_group
(
    user_id    BIGINT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    group_name TEXT   NOT NULL CHECK (length(trim(group_name)) > 0),
    PRIMARY KEY (user_id, group_name)
);
CREATE INDEX staff_user_sso_group_name_ix ON staff_user_sso_group (lower(group_name));

-- Set at each single sign-on: from then on the user's groups above, not their stored roles, say which roles they hold.
ALTER TABLE staff_user ADD COLUMN sso_groups_seen_at TIMESTAMP WITH TIME ZONE;
