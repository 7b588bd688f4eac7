-- The fusion block (org.sitrep.fuse.FusionBlock) as typed columns: the coarse event class, whether the mention has
-- a place, and the place's country code or NULL. Versions before this one stored it as one string, class and country
-- joined by '|', with '?' standing for "no place" and 'null' for "a place without a country code"; those rows are
-- split here into the same blocks, so every stored mention keeps the block it was fused in.
ALTER TABLE mentions ADD COLUMN fuse_class VARCHAR(128);
ALTER TABLE mentions ADD COLUMN fuse_placed BOOLEAN;
ALTER TABLE mentions ADD COLUMN fuse_country VARCHAR(256);

-- the class never holds '|' (ontology/event-types.tsv), so the first '|' ends it
UPDATE mentions SET
    fuse_class = SUBSTRING(fuse_block FROM 1 FOR POSITION('|' IN fuse_block) - 1),
    fuse_placed = CASE WHEN SUBSTRING(fuse_block FROM POSITION('|' IN fuse_block) + 1) = '?' THEN FALSE ELSE TRUE END,
    fuse_country = CASE WHEN SUBSTRING(fuse_block FROM POSITION('|' IN fuse_block) + 1) IN ('?', 'null') THEN NULL
                        ELSE SUBSTRING(fuse_block FROM POSITION('|' IN fuse_block) + 1) END;

ALTER TABLE mentions ALTER COLUMN fuse_class SET NOT NULL;
ALTER TABLE mentions ALTER COLUMN fuse_placed SET NOT NULL;
DROP INDEX mentions_block;
ALTER TABLE mentions DROP COLUMN fuse_block;
CREATE INDEX mentions_fuse_block ON mentions (fuse_class, fuse_country, seq);
