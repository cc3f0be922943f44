-- Topic phrases that name the opposite of the topic's proposition ("occupation" for troop withdrawal,
-- "terrorism" for counter-terrorism): attitudes toward them count the other way.
ALTER TABLE topics ADD COLUMN against TEXT NOT NULL DEFAULT '[]';
