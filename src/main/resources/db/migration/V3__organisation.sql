-- The municipality that runs this Samspil, its buying units and its business centre.

CREATE TABLE municipality
(
    id               SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name             TEXT NOT NULL,
    municipality_code TEXT,
    cvr              TEXT,
    address          TEXT,
    postal_code      TEXT,
    city             TEXT,
    nuts_code        TEXT,
    logo_url         TEXT,
    ocid_prefix      TEXT,
    contact_email    TEXT,
    contact_phone    TEXT,
    website          TEXT
);

CREATE TABLE buying_unit
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    contact_email TEXT,
    active        BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX buying_unit_code_uq ON buying_unit (lower(code));
CREATE UNIQUE INDEX buying_unit_name_uq ON buying_unit (lower(name));

CREATE TABLE business_centre
(
    id            SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name          TEXT NOT NULL,
    cvr           TEXT,
    address       TEXT,
    postal_code   TEXT,
    city          TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    website       TEXT
);
