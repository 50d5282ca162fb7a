-- Inline media received with events, by content SHA-256, so reviewers can
-- see what a case is about and reports can attach it. Kept under the
-- retention policy (purged with the events unless held). Keep in step with
-- ../sqlite/0005_media.sql.
CREATE TABLE media_blobs (
    sha256   TEXT   PRIMARY KEY,
    size     BIGINT NOT NULL,
    bytes    BYTEA  NOT NULL,
    received BIGINT NOT NULL
);
