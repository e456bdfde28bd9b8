-- MODX Revolution core tables RetailDesk reads (modUser, modUserProfile, modResource, modSystemSetting),
-- trimmed to the columns of minishop2.md section 2 plus a few realistic ones.
-- sqlite dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.

CREATE TABLE "{PREFIX}users" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "username" TEXT NOT NULL DEFAULT '',
  "password" TEXT NOT NULL DEFAULT '',
  "cachepwd" TEXT NOT NULL DEFAULT '',
  "class_key" TEXT NOT NULL DEFAULT 'modUser',
  "active" INTEGER NOT NULL DEFAULT 1,
  "remote_key" TEXT,
  "remote_data" TEXT,
  "hash_class" TEXT NOT NULL DEFAULT 'hashing.modPBKDF2',
  "salt" TEXT NOT NULL DEFAULT '',
  "primary_group" INTEGER NOT NULL DEFAULT 0,
  "session_stale" TEXT,
  "sudo" INTEGER NOT NULL DEFAULT 0,
  "createdon" INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX "{PREFIX}users_username" ON "{PREFIX}users" ("username");
CREATE INDEX "{PREFIX}users_class_key" ON "{PREFIX}users" ("class_key");
CREATE INDEX "{PREFIX}users_remote_key" ON "{PREFIX}users" ("remote_key");
CREATE INDEX "{PREFIX}users_primary_group" ON "{PREFIX}users" ("primary_group");

CREATE TABLE "{PREFIX}user_attributes" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "internalKey" INTEGER NOT NULL,
  "fullname" TEXT NOT NULL DEFAULT '',
  "email" TEXT NOT NULL DEFAULT '',
  "phone" TEXT NOT NULL DEFAULT '',
  "mobilephone" TEXT NOT NULL DEFAULT '',
  "blocked" INTEGER NOT NULL DEFAULT 0,
  "blockeduntil" INTEGER NOT NULL DEFAULT 0,
  "blockedafter" INTEGER NOT NULL DEFAULT 0,
  "logincount" INTEGER NOT NULL DEFAULT 0,
  "lastlogin" INTEGER NOT NULL DEFAULT 0,
  "thislogin" INTEGER NOT NULL DEFAULT 0,
  "failedlogincount" INTEGER NOT NULL DEFAULT 0,
  "sessionid" TEXT NOT NULL DEFAULT '',
  "dob" INTEGER NOT NULL DEFAULT 0,
  "gender" INTEGER NOT NULL DEFAULT 0,
  "address" TEXT NOT NULL,
  "country" TEXT NOT NULL DEFAULT '',
  "city" TEXT NOT NULL DEFAULT '',
  "state" TEXT NOT NULL DEFAULT '',
  "zip" TEXT NOT NULL DEFAULT '',
  "fax" TEXT NOT NULL DEFAULT '',
  "photo" TEXT NOT NULL DEFAULT '',
  "comment" TEXT NOT NULL,
  "website" TEXT NOT NULL DEFAULT '',
  "extended" TEXT
);
CREATE UNIQUE INDEX "{PREFIX}user_attributes_internalKey" ON "{PREFIX}user_attributes" ("internalKey");

CREATE TABLE "{PREFIX}site_content" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "type" TEXT NOT NULL DEFAULT 'document',
  "contentType" TEXT NOT NULL DEFAULT 'text/html',
  "pagetitle" TEXT NOT NULL DEFAULT '',
  "longtitle" TEXT NOT NULL DEFAULT '',
  "description" TEXT,
  "alias" TEXT DEFAULT '',
  "link_attributes" TEXT NOT NULL DEFAULT '',
  "published" INTEGER NOT NULL DEFAULT 0,
  "pub_date" INTEGER NOT NULL DEFAULT 0,
  "unpub_date" INTEGER NOT NULL DEFAULT 0,
  "parent" INTEGER NOT NULL DEFAULT 0,
  "isfolder" INTEGER NOT NULL DEFAULT 0,
  "introtext" TEXT,
  "content" TEXT,
  "richtext" INTEGER NOT NULL DEFAULT 1,
  "template" INTEGER NOT NULL DEFAULT 0,
  "menuindex" INTEGER NOT NULL DEFAULT 0,
  "searchable" INTEGER NOT NULL DEFAULT 1,
  "cacheable" INTEGER NOT NULL DEFAULT 1,
  "createdby" INTEGER NOT NULL DEFAULT 0,
  "createdon" INTEGER NOT NULL DEFAULT 0,
  "editedby" INTEGER NOT NULL DEFAULT 0,
  "editedon" INTEGER NOT NULL DEFAULT 0,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "deletedon" INTEGER NOT NULL DEFAULT 0,
  "deletedby" INTEGER NOT NULL DEFAULT 0,
  "publishedon" INTEGER NOT NULL DEFAULT 0,
  "publishedby" INTEGER NOT NULL DEFAULT 0,
  "menutitle" TEXT NOT NULL DEFAULT '',
  "hidemenu" INTEGER NOT NULL DEFAULT 0,
  "class_key" TEXT NOT NULL DEFAULT 'modDocument',
  "context_key" TEXT NOT NULL DEFAULT 'web',
  "content_type" INTEGER NOT NULL DEFAULT 1,
  "uri" TEXT,
  "uri_override" INTEGER NOT NULL DEFAULT 0,
  "hide_children_in_tree" INTEGER NOT NULL DEFAULT 0,
  "show_in_tree" INTEGER NOT NULL DEFAULT 1,
  "properties" TEXT
);
CREATE INDEX "{PREFIX}site_content_alias" ON "{PREFIX}site_content" ("alias");
CREATE INDEX "{PREFIX}site_content_published" ON "{PREFIX}site_content" ("published");
CREATE INDEX "{PREFIX}site_content_parent" ON "{PREFIX}site_content" ("parent");
CREATE INDEX "{PREFIX}site_content_isfolder" ON "{PREFIX}site_content" ("isfolder");
CREATE INDEX "{PREFIX}site_content_menuindex" ON "{PREFIX}site_content" ("menuindex");
CREATE INDEX "{PREFIX}site_content_deleted" ON "{PREFIX}site_content" ("deleted");
CREATE INDEX "{PREFIX}site_content_class_key" ON "{PREFIX}site_content" ("class_key");
CREATE INDEX "{PREFIX}site_content_context_key" ON "{PREFIX}site_content" ("context_key");
CREATE INDEX "{PREFIX}site_content_parent_published" ON "{PREFIX}site_content" ("parent", "published");

CREATE TABLE "{PREFIX}system_settings" (
  "key" TEXT PRIMARY KEY NOT NULL DEFAULT '',
  "value" TEXT NOT NULL,
  "xtype" TEXT NOT NULL DEFAULT 'textfield',
  "namespace" TEXT NOT NULL DEFAULT 'core',
  "area" TEXT NOT NULL DEFAULT '',
  "editedon" TEXT
);
