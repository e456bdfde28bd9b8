-- msOptionsPrice2 (newer shape, evgrishin/mes): product modifications and their option values.
-- sqlite dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.

CREATE TABLE "{PREFIX}msop_modifications" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "rid" INTEGER NOT NULL DEFAULT 0,
  "name" TEXT DEFAULT '',
  "type" INTEGER DEFAULT 1,
  "price" TEXT DEFAULT '0',
  "old_price" TEXT DEFAULT '0',
  "article" TEXT DEFAULT '',
  "weight" TEXT DEFAULT '0.000',
  "count" INTEGER DEFAULT 0,
  "image" INTEGER DEFAULT 0,
  "active" INTEGER DEFAULT 1,
  "rank" INTEGER DEFAULT 0,
  "sync_id" TEXT DEFAULT '',
  "sync_service" TEXT DEFAULT '',
  "description" TEXT
);
CREATE INDEX "{PREFIX}msop_modifications_rid" ON "{PREFIX}msop_modifications" ("rid");
CREATE INDEX "{PREFIX}msop_modifications_type" ON "{PREFIX}msop_modifications" ("type");
CREATE INDEX "{PREFIX}msop_modifications_active" ON "{PREFIX}msop_modifications" ("active");
CREATE INDEX "{PREFIX}msop_modifications_rank" ON "{PREFIX}msop_modifications" ("rank");

CREATE TABLE "{PREFIX}msop_modification_options" (
  "mid" INTEGER NOT NULL DEFAULT 0,
  "rid" INTEGER NOT NULL DEFAULT 0,
  "key" TEXT NOT NULL DEFAULT '',
  "value" TEXT,
  PRIMARY KEY ("mid", "rid", "key")
);
CREATE INDEX "{PREFIX}msop_modification_options_rid" ON "{PREFIX}msop_modification_options" ("rid");
CREATE INDEX "{PREFIX}msop_modification_options_key" ON "{PREFIX}msop_modification_options" ("key");
