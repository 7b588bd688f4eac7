-- The admin1 region's stable key (docs/output.md: admin1_code, the gazetteer's GeoNames admin1 code). The admin1
-- column holds the region as the report spells it, which differs between outlets, so queries for a region match
-- the code as well. Rows stored before this version keep a null code; their admin1 is the gazetteer's name.
ALTER TABLE mentions ADD COLUMN admin1_code VARCHAR(64);
ALTER TABLE events ADD COLUMN admin1_code VARCHAR(64);
