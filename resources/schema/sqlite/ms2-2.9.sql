-- miniShop2 2.9.x (2.9.1+): ms2_orders.address + comment; addresses with entrance/floor/text_address, no email; no session_id; status rank tinyint.
-- sqlite dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.

CREATE TABLE "{PREFIX}ms2_orders" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "user_id" INTEGER NOT NULL,
  "createdon" TEXT,
  "updatedon" TEXT,
  "num" TEXT DEFAULT '',
  "cost" TEXT DEFAULT '0.00',
  "cart_cost" TEXT DEFAULT '0.00',
  "delivery_cost" TEXT DEFAULT '0.00',
  "weight" TEXT DEFAULT '0.000',
  "status" INTEGER DEFAULT 0,
  "delivery" INTEGER DEFAULT 0,
  "payment" INTEGER DEFAULT 0,
  "address" INTEGER DEFAULT 0,
  "context" TEXT DEFAULT 'web',
  "comment" TEXT,
  "properties" TEXT,
  "type" INTEGER DEFAULT 0
);
CREATE INDEX "{PREFIX}ms2_orders_user_id" ON "{PREFIX}ms2_orders" ("user_id");
CREATE INDEX "{PREFIX}ms2_orders_status" ON "{PREFIX}ms2_orders" ("status");
CREATE INDEX "{PREFIX}ms2_orders_num" ON "{PREFIX}ms2_orders" ("num");
CREATE INDEX "{PREFIX}ms2_orders_type" ON "{PREFIX}ms2_orders" ("type");
CREATE INDEX "{PREFIX}ms2_orders_createdon" ON "{PREFIX}ms2_orders" ("createdon");

CREATE TABLE "{PREFIX}ms2_order_addresses" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "user_id" INTEGER NOT NULL,
  "createdon" TEXT,
  "updatedon" TEXT,
  "receiver" TEXT,
  "phone" TEXT,
  "country" TEXT,
  "index" TEXT,
  "region" TEXT,
  "city" TEXT,
  "metro" TEXT,
  "street" TEXT,
  "building" TEXT,
  "entrance" TEXT,
  "floor" TEXT,
  "room" TEXT,
  "comment" TEXT,
  "text_address" TEXT,
  "properties" TEXT
);
CREATE INDEX "{PREFIX}ms2_order_addresses_user_id" ON "{PREFIX}ms2_order_addresses" ("user_id");

CREATE TABLE "{PREFIX}ms2_order_products" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "product_id" INTEGER NOT NULL,
  "order_id" INTEGER NOT NULL,
  "name" TEXT,
  "count" INTEGER DEFAULT 1,
  "price" TEXT DEFAULT '0.00',
  "weight" TEXT DEFAULT '0.000',
  "cost" TEXT DEFAULT '0.00',
  "options" TEXT
);
CREATE INDEX "{PREFIX}ms2_order_products_product_id" ON "{PREFIX}ms2_order_products" ("product_id");
CREATE INDEX "{PREFIX}ms2_order_products_order_id" ON "{PREFIX}ms2_order_products" ("order_id");

CREATE TABLE "{PREFIX}ms2_order_statuses" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "color" TEXT DEFAULT '000000',
  "email_user" INTEGER DEFAULT 0,
  "email_manager" INTEGER DEFAULT 0,
  "subject_user" TEXT DEFAULT '',
  "subject_manager" TEXT DEFAULT '',
  "body_user" INTEGER DEFAULT 0,
  "body_manager" INTEGER DEFAULT 0,
  "active" INTEGER DEFAULT 1,
  "final" INTEGER DEFAULT 0,
  "fixed" INTEGER DEFAULT 0,
  "rank" INTEGER DEFAULT 0,
  "editable" INTEGER DEFAULT 1
);
CREATE INDEX "{PREFIX}ms2_order_statuses_active" ON "{PREFIX}ms2_order_statuses" ("active");

CREATE TABLE "{PREFIX}ms2_order_logs" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "user_id" INTEGER NOT NULL DEFAULT 0,
  "order_id" INTEGER NOT NULL,
  "timestamp" TEXT,
  "action" TEXT NOT NULL,
  "entry" TEXT NOT NULL DEFAULT '0',
  "ip" TEXT NOT NULL
);
CREATE INDEX "{PREFIX}ms2_order_logs_user_id" ON "{PREFIX}ms2_order_logs" ("user_id");
CREATE INDEX "{PREFIX}ms2_order_logs_order_id" ON "{PREFIX}ms2_order_logs" ("order_id");
CREATE INDEX "{PREFIX}ms2_order_logs_action" ON "{PREFIX}ms2_order_logs" ("action");

CREATE TABLE "{PREFIX}ms2_deliveries" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "price" TEXT DEFAULT '0',
  "weight_price" TEXT DEFAULT '0.00',
  "distance_price" TEXT DEFAULT '0.00',
  "logo" TEXT,
  "rank" INTEGER DEFAULT 0,
  "active" INTEGER DEFAULT 1,
  "class" TEXT,
  "properties" TEXT,
  "requires" TEXT DEFAULT 'email,receiver',
  "free_delivery_amount" TEXT DEFAULT '0.00'
);
CREATE INDEX "{PREFIX}ms2_deliveries_rank" ON "{PREFIX}ms2_deliveries" ("rank");
CREATE INDEX "{PREFIX}ms2_deliveries_active" ON "{PREFIX}ms2_deliveries" ("active");

CREATE TABLE "{PREFIX}ms2_payments" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "price" TEXT DEFAULT '0',
  "logo" TEXT,
  "rank" INTEGER DEFAULT 0,
  "active" INTEGER DEFAULT 1,
  "class" TEXT,
  "properties" TEXT
);
CREATE INDEX "{PREFIX}ms2_payments_rank" ON "{PREFIX}ms2_payments" ("rank");
CREATE INDEX "{PREFIX}ms2_payments_active" ON "{PREFIX}ms2_payments" ("active");

CREATE TABLE "{PREFIX}ms2_delivery_payments" (
  "delivery_id" INTEGER NOT NULL,
  "payment_id" INTEGER NOT NULL,
  PRIMARY KEY ("delivery_id", "payment_id")
);

CREATE TABLE "{PREFIX}ms2_products" (
  "id" INTEGER PRIMARY KEY NOT NULL,
  "article" TEXT,
  "price" TEXT DEFAULT '0.00',
  "old_price" TEXT DEFAULT '0.00',
  "weight" TEXT DEFAULT '0.000',
  "image" TEXT,
  "thumb" TEXT,
  "vendor" INTEGER DEFAULT 0,
  "made_in" TEXT DEFAULT '',
  "new" INTEGER DEFAULT 0,
  "popular" INTEGER DEFAULT 0,
  "favorite" INTEGER DEFAULT 0,
  "tags" TEXT,
  "color" TEXT,
  "size" TEXT,
  "source" INTEGER DEFAULT 1
);
CREATE INDEX "{PREFIX}ms2_products_article" ON "{PREFIX}ms2_products" ("article");
CREATE INDEX "{PREFIX}ms2_products_price" ON "{PREFIX}ms2_products" ("price");
CREATE INDEX "{PREFIX}ms2_products_vendor" ON "{PREFIX}ms2_products" ("vendor");

CREATE TABLE "{PREFIX}ms2_vendors" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "name" TEXT NOT NULL,
  "resource" INTEGER DEFAULT 0,
  "country" TEXT,
  "logo" TEXT,
  "address" TEXT,
  "phone" TEXT,
  "fax" TEXT,
  "email" TEXT,
  "description" TEXT,
  "properties" TEXT
);

CREATE TABLE "{PREFIX}ms2_product_options" (
  "product_id" INTEGER NOT NULL,
  "key" TEXT NOT NULL,
  "value" TEXT
);
CREATE INDEX "{PREFIX}ms2_product_options_product_id" ON "{PREFIX}ms2_product_options" ("product_id");
CREATE INDEX "{PREFIX}ms2_product_options_key" ON "{PREFIX}ms2_product_options" ("key");

CREATE TABLE "{PREFIX}ms2_options" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "key" TEXT NOT NULL,
  "caption" TEXT,
  "description" TEXT,
  "measure_unit" TEXT,
  "category" INTEGER DEFAULT 0,
  "type" TEXT,
  "properties" TEXT
);
CREATE UNIQUE INDEX "{PREFIX}ms2_options_key" ON "{PREFIX}ms2_options" ("key");
CREATE INDEX "{PREFIX}ms2_options_category" ON "{PREFIX}ms2_options" ("category");

CREATE TABLE "{PREFIX}ms2_product_categories" (
  "product_id" INTEGER NOT NULL,
  "category_id" INTEGER NOT NULL,
  PRIMARY KEY ("product_id", "category_id")
);

CREATE TABLE "{PREFIX}ms2_product_files" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "product_id" INTEGER NOT NULL,
  "source" INTEGER DEFAULT 1,
  "parent" INTEGER DEFAULT 0,
  "name" TEXT DEFAULT '',
  "description" TEXT,
  "path" TEXT,
  "file" TEXT NOT NULL,
  "type" TEXT,
  "createdon" TEXT,
  "createdby" INTEGER DEFAULT 0,
  "rank" INTEGER DEFAULT 0,
  "url" TEXT DEFAULT '',
  "properties" TEXT,
  "hash" TEXT DEFAULT '',
  "active" INTEGER DEFAULT 1
);
CREATE INDEX "{PREFIX}ms2_product_files_product_id" ON "{PREFIX}ms2_product_files" ("product_id");
CREATE INDEX "{PREFIX}ms2_product_files_type" ON "{PREFIX}ms2_product_files" ("type");
CREATE INDEX "{PREFIX}ms2_product_files_parent" ON "{PREFIX}ms2_product_files" ("parent");

CREATE TABLE "{PREFIX}ms2_customer_profiles" (
  "id" INTEGER PRIMARY KEY NOT NULL,
  "account" TEXT DEFAULT '0.00',
  "spent" TEXT DEFAULT '0.00',
  "createdon" TEXT,
  "referrer_id" INTEGER DEFAULT 0,
  "referrer_code" TEXT DEFAULT ''
);
CREATE INDEX "{PREFIX}ms2_customer_profiles_referrer_id" ON "{PREFIX}ms2_customer_profiles" ("referrer_id");
