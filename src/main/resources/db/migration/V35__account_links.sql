-- Accounts: links that let a user set a password (the invitation, "forgot password") are signed tokens naming the
-- user and their password_version; every new password raises the version, so a link works once. A password an
-- administrator typed must be changed at the next login (password_change_required).
ALTER TABLE staff_user ADD COLUMN password_version INT NOT NULL DEFAULT 0;
ALTER TABLE staff_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
