// One record per folded-in id: how to undo the merge, and where the old id now points.
CREATE CONSTRAINT merge_record_unique IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.duplicateId IS UNIQUE
