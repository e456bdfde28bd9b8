-- miniShop2 2.9.x (2.9.1+): ms2_orders.address + comment; addresses with entrance/floor/text_address, no email; no session_id; status rank tinyint.
-- mysql dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.

CREATE TABLE `{PREFIX}ms2_orders` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `createdon` datetime NULL,
  `updatedon` datetime NULL,
  `num` varchar(20) NULL DEFAULT '',
  `cost` decimal(12,2) NULL DEFAULT 0,
  `cart_cost` decimal(12,2) NULL DEFAULT 0,
  `delivery_cost` decimal(12,2) NULL DEFAULT 0,
  `weight` decimal(13,3) NULL DEFAULT 0,
  `status` int(10) unsigned NULL DEFAULT 0,
  `delivery` int(10) unsigned NULL DEFAULT 0,
  `payment` int(10) unsigned NULL DEFAULT 0,
  `address` int(10) unsigned NULL DEFAULT 0,
  `context` varchar(100) NULL DEFAULT 'web',
  `comment` text NULL,
  `properties` text NULL,
  `type` tinyint(3) unsigned NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `status` (`status`),
  KEY `num` (`num`),
  KEY `type` (`type`),
  KEY `createdon` (`createdon`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_order_addresses` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `createdon` datetime NULL,
  `updatedon` datetime NULL,
  `receiver` varchar(255) NULL,
  `phone` varchar(20) NULL,
  `country` varchar(100) NULL,
  `index` varchar(50) NULL,
  `region` varchar(100) NULL,
  `city` varchar(100) NULL,
  `metro` varchar(255) NULL,
  `street` varchar(255) NULL,
  `building` varchar(10) NULL,
  `entrance` varchar(10) NULL,
  `floor` varchar(10) NULL,
  `room` varchar(10) NULL,
  `comment` text NULL,
  `text_address` text NULL,
  `properties` text NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_order_products` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int(10) unsigned NOT NULL,
  `order_id` int(10) unsigned NOT NULL,
  `name` varchar(255) NULL,
  `count` int(10) unsigned NULL DEFAULT 1,
  `price` decimal(12,2) NULL DEFAULT 0,
  `weight` decimal(13,3) NULL DEFAULT 0,
  `cost` decimal(12,2) NULL DEFAULT 0,
  `options` text NULL,
  PRIMARY KEY (`id`),
  KEY `product_id` (`product_id`),
  KEY `order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_order_statuses` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` text NULL,
  `color` char(6) NULL DEFAULT '000000',
  `email_user` tinyint(1) NULL DEFAULT 0,
  `email_manager` tinyint(1) NULL DEFAULT 0,
  `subject_user` varchar(255) NULL DEFAULT '',
  `subject_manager` varchar(255) NULL DEFAULT '',
  `body_user` int(10) NULL DEFAULT 0,
  `body_manager` int(10) NULL DEFAULT 0,
  `active` tinyint(1) NULL DEFAULT 1,
  `final` tinyint(1) NULL DEFAULT 0,
  `fixed` tinyint(1) NULL DEFAULT 0,
  `rank` tinyint(1) unsigned NULL DEFAULT 0,
  `editable` tinyint(1) NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `active` (`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_order_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `order_id` int(10) unsigned NOT NULL,
  `timestamp` datetime NULL,
  `action` varchar(100) NOT NULL,
  `entry` varchar(255) NOT NULL DEFAULT '0',
  `ip` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `order_id` (`order_id`),
  KEY `action` (`action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_deliveries` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NULL,
  `price` varchar(11) NULL DEFAULT '0',
  `weight_price` decimal(12,2) NULL DEFAULT 0,
  `distance_price` decimal(12,2) NULL DEFAULT 0,
  `logo` varchar(255) NULL,
  `rank` tinyint(1) unsigned NULL DEFAULT 0,
  `active` tinyint(1) NULL DEFAULT 1,
  `class` varchar(50) NULL,
  `properties` text NULL,
  `requires` varchar(255) NULL DEFAULT 'email,receiver',
  `free_delivery_amount` decimal(12,2) NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `rank` (`rank`),
  KEY `active` (`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_payments` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NULL,
  `price` varchar(11) NULL DEFAULT '0',
  `logo` varchar(255) NULL,
  `rank` tinyint(1) unsigned NULL DEFAULT 0,
  `active` tinyint(1) unsigned NULL DEFAULT 1,
  `class` varchar(50) NULL,
  `properties` text NULL,
  PRIMARY KEY (`id`),
  KEY `rank` (`rank`),
  KEY `active` (`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_delivery_payments` (
  `delivery_id` int(10) unsigned NOT NULL,
  `payment_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`delivery_id`, `payment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_products` (
  `id` int(10) unsigned NOT NULL,
  `article` varchar(50) NULL,
  `price` decimal(12,2) NULL DEFAULT 0,
  `old_price` decimal(12,2) NULL DEFAULT 0,
  `weight` decimal(13,3) NULL DEFAULT 0,
  `image` varchar(255) NULL,
  `thumb` varchar(255) NULL,
  `vendor` int(10) unsigned NULL DEFAULT 0,
  `made_in` varchar(100) NULL DEFAULT '',
  `new` tinyint(1) unsigned NULL DEFAULT 0,
  `popular` tinyint(1) unsigned NULL DEFAULT 0,
  `favorite` tinyint(1) unsigned NULL DEFAULT 0,
  `tags` text NULL,
  `color` text NULL,
  `size` text NULL,
  `source` int(10) unsigned NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `article` (`article`),
  KEY `price` (`price`),
  KEY `vendor` (`vendor`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_vendors` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `resource` int(10) unsigned NULL DEFAULT 0,
  `country` varchar(100) NULL,
  `logo` varchar(255) NULL,
  `address` text NULL,
  `phone` varchar(20) NULL,
  `fax` varchar(20) NULL,
  `email` varchar(255) NULL,
  `description` text NULL,
  `properties` text NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_product_options` (
  `product_id` int(10) unsigned NOT NULL,
  `key` varchar(191) NOT NULL,
  `value` text NULL,
  KEY `product_id` (`product_id`),
  KEY `key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_options` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `key` varchar(191) NOT NULL,
  `caption` varchar(191) NULL,
  `description` text NULL,
  `measure_unit` tinytext NULL,
  `category` int(10) unsigned NULL DEFAULT 0,
  `type` varchar(191) NULL,
  `properties` text NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `category` (`category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_product_categories` (
  `product_id` int(10) unsigned NOT NULL,
  `category_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`product_id`, `category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_product_files` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `product_id` int(10) unsigned NOT NULL,
  `source` int(10) unsigned NULL DEFAULT 1,
  `parent` int(10) unsigned NULL DEFAULT 0,
  `name` varchar(255) NULL DEFAULT '',
  `description` text NULL,
  `path` varchar(255) NULL,
  `file` varchar(255) NOT NULL,
  `type` varchar(50) NULL,
  `createdon` datetime NULL,
  `createdby` int(10) unsigned NULL DEFAULT 0,
  `rank` smallint(5) unsigned NULL DEFAULT 0,
  `url` varchar(255) NULL DEFAULT '',
  `properties` text NULL,
  `hash` char(40) NULL DEFAULT '',
  `active` tinyint(1) NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `product_id` (`product_id`),
  KEY `type` (`type`),
  KEY `parent` (`parent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}ms2_customer_profiles` (
  `id` int(10) unsigned NOT NULL,
  `account` decimal(12,2) NULL DEFAULT 0,
  `spent` decimal(12,2) NULL DEFAULT 0,
  `createdon` datetime NULL,
  `referrer_id` int(10) unsigned NULL DEFAULT 0,
  `referrer_code` varchar(50) NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `referrer_id` (`referrer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
