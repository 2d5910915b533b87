-- A key's own rate limit, overriding the configured default (spinetriage.rate-limit.*) for that key only. NULL keeps
-- the default, for each of the two independently. Read with the key when it is verified (platform/security), so the
-- limit costs no query per request.
ALTER TABLE api_key
    ADD COLUMN rate_limit_per_second INT CHECK (rate_limit_per_second BETWEEN 1 AND 1000000),
    ADD COLUMN rate_limit_burst      INT CHECK (rate_limit_burst BETWEEN 1 AND 1000000);
