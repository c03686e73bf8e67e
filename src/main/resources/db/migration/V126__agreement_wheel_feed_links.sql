-- Personal links to the annual wheel's iCalendar feed, each revocable on its own. The token itself is shown once,
-- when the link is made; only its SHA-256 hash (hex) is kept, with its last characters to tell the links apart.
CREATE TABLE agreement_wheel_feed_link (
    id            bigserial PRIMARY KEY,
    staff_user_id bigint      NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    token_hash    text        NOT NULL UNIQUE,
    token_hint    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX agreement_wheel_feed_link_user ON agreement_wheel_feed_link (staff_user_id);

-- The signed feed links made before links were stored (one per visit to the wheel, valid for a year) keep working
-- until they expire: one row per staff user who could have had them, revoked all together by that user. A user
-- without a row (every user created from now on) has no such links, and none are accepted for them.
CREATE TABLE agreement_wheel_feed_legacy (
    staff_user_id bigint      PRIMARY KEY REFERENCES staff_user (id) ON DELETE CASCADE,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
INSERT INTO agreement_wheel_feed_legacy (staff_user_id, expires_at)
SELECT id, now() + interval '365 days' FROM staff_user;
