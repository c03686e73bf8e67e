-- Pipeline: the municipality's planned procurements ("Kommende indkøb"), their lots and their public change log.

CREATE TABLE planned_procurement
(
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference               TEXT                     NOT NULL,
    title                   TEXT                     NOT NULL,
    description             TEXT                     NOT NULL DEFAULT '',
    buying_unit_id          BIGINT REFERENCES buying_unit (id),
    contact_name            TEXT,
    contact_email           TEXT,
    contact_phone           TEXT,
    cpv_codes               TEXT[]                   NOT NULL CHECK (cardinality(cpv_codes) >= 1),
    nuts_code               TEXT,
    contract_type           TEXT                     NOT NULL
        CHECK (contract_type IN ('WORKS', 'SUPPLIES', 'SERVICES', 'SOCIAL_SERVICES')),
    value_kind              TEXT                     NOT NULL CHECK (value_kind IN ('EXACT', 'RANGE', 'UNKNOWN')),
    value_min_dkk           NUMERIC(15, 0),
    value_max_dkk           NUMERIC(15, 0),
    procedure               TEXT                     NOT NULL
        CHECK (procedure IN ('EU_TENDER', 'NATIONAL', 'ADVERTISED_BELOW_THRESHOLD', 'FRAMEWORK_CALL_OFF',
                             'JOINT_AGREEMENT', 'NOT_ADVERTISED')),
    expected_publication    TEXT                     NOT NULL,
    expected_from           DATE                     NOT NULL,
    expected_to             DATE                     NOT NULL,
    contract_start          DATE,
    duration_months         INT CHECK (duration_months > 0),
    options_description     TEXT,
    sme_suitable            BOOLEAN                  NOT NULL DEFAULT FALSE,
    consortia_open          BOOLEAN                  NOT NULL DEFAULT FALSE,
    innovation_wanted       BOOLEAN                  NOT NULL DEFAULT FALSE,
    market_dialogue_planned BOOLEAN                  NOT NULL DEFAULT FALSE,
    sustainability_clauses  BOOLEAN                  NOT NULL DEFAULT FALSE,
    social_clauses          BOOLEAN                  NOT NULL DEFAULT FALSE,
    status                  TEXT                     NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'PUBLISHED', 'MARKET_DIALOGUE', 'TENDER_PUBLISHED', 'AWARDED', 'POSTPONED',
                          'CANCELLED')),
    status_reason           TEXT,
    tender_url              TEXT,
    version                 INT                      NOT NULL DEFAULT 1,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at            TIMESTAMP WITH TIME ZONE,
    last_changed_at         TIMESTAMP WITH TIME ZONE,
    search_vector           TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('danish', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('danish', coalesce(description, '')), 'B')) STORED,
    CHECK (value_kind <> 'EXACT' OR (value_min_dkk IS NOT NULL AND value_min_dkk = value_max_dkk)),
    CHECK (value_kind <> 'RANGE' OR (value_min_dkk IS NOT NULL AND value_max_dkk IS NOT NULL AND value_min_dkk <= value_max_dkk)),
    CHECK (value_kind <> 'UNKNOWN' OR (value_min_dkk IS NULL AND value_max_dkk IS NULL))
);
CREATE UNIQUE INDEX planned_procurement_reference_uq ON planned_procurement (upper(reference));
CREATE INDEX planned_procurement_search_idx ON planned_procurement USING gin (search_vector);
CREATE INDEX planned_procurement_cpv_idx ON planned_procurement USING gin (cpv_codes);
CREATE INDEX planned_procurement_public_idx ON planned_procurement (expected_from, id) WHERE status <> 'DRAFT';
CREATE INDEX planned_procurement_changed_idx ON planned_procurement (last_changed_at DESC) WHERE status <> 'DRAFT';

CREATE TABLE procurement_lot
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    procurement_id BIGINT  NOT NULL REFERENCES planned_procurement (id) ON DELETE CASCADE,
    lot_number     INT     NOT NULL CHECK (lot_number > 0),
    title          TEXT    NOT NULL,
    cpv_code       TEXT,
    value_dkk      NUMERIC(15, 0) CHECK (value_dkk >= 0),
    sme_suitable   BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (procurement_id, lot_number)
);

-- One row per publication and per later change of a published entry: the public history, the OCDS releases,
-- the Atom entries and the iCalendar SEQUENCE all come from here.
CREATE TABLE procurement_change
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    procurement_id BIGINT                   NOT NULL REFERENCES planned_procurement (id) ON DELETE CASCADE,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    kind           TEXT                     NOT NULL CHECK (kind IN ('PUBLISHED', 'CHANGED', 'STATUS')),
    material       BOOLEAN                  NOT NULL,
    reason         TEXT,
    changes        JSONB                    NOT NULL DEFAULT '[]'::jsonb,
    snapshot       JSONB                    NOT NULL
);
CREATE INDEX procurement_change_procurement_idx ON procurement_change (procurement_id, changed_at);
CREATE INDEX procurement_change_changed_idx ON procurement_change (changed_at DESC);
