-- msPromoCode: the coupon applied to an order (mspc_orders).
-- mysql dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.

CREATE TABLE `{PREFIX}mspc_orders` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int(10) unsigned NOT NULL,
  `coupon_id` int(10) unsigned NULL DEFAULT 0,
  `code` varchar(100) NOT NULL,
  `discount_amount` decimal(12,2) NULL DEFAULT 0,
  `createdon` datetime NULL,
  PRIMARY KEY (`id`),
  KEY `order_id` (`order_id`),
  KEY `coupon_id` (`coupon_id`),
  KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
