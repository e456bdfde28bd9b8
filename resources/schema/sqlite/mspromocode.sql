-- msPromoCode: the coupon applied to an order (mspc_orders).
-- sqlite dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.

CREATE TABLE "{PREFIX}mspc_orders" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "order_id" INTEGER NOT NULL,
  "coupon_id" INTEGER DEFAULT 0,
  "code" TEXT NOT NULL,
  "discount_amount" TEXT DEFAULT '0.00',
  "createdon" TEXT
);
CREATE INDEX "{PREFIX}mspc_orders_order_id" ON "{PREFIX}mspc_orders" ("order_id");
CREATE INDEX "{PREFIX}mspc_orders_coupon_id" ON "{PREFIX}mspc_orders" ("coupon_id");
CREATE INDEX "{PREFIX}mspc_orders_code" ON "{PREFIX}mspc_orders" ("code");
