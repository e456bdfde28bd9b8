-- msOptionsPrice2 (newer shape, evgrishin/mes): product modifications and their option values.
-- mysql dialect. {PREFIX} is replaced by the validated table prefix; one statement per ';' at a line end.

CREATE TABLE `{PREFIX}msop_modifications` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `rid` int(10) unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NULL DEFAULT '',
  `type` tinyint(3) unsigned NULL DEFAULT 1,
  `price` varchar(11) NULL DEFAULT '0',
  `old_price` varchar(11) NULL DEFAULT '0',
  `article` varchar(50) NULL DEFAULT '',
  `weight` decimal(13,3) NULL DEFAULT 0,
  `count` int(10) NULL DEFAULT 0,
  `image` int(10) NULL DEFAULT 0,
  `active` tinyint(1) NULL DEFAULT 1,
  `rank` int(10) NULL DEFAULT 0,
  `sync_id` varchar(100) NULL DEFAULT '',
  `sync_service` varchar(100) NULL DEFAULT '',
  `description` text NULL,
  PRIMARY KEY (`id`),
  KEY `rid` (`rid`),
  KEY `type` (`type`),
  KEY `active` (`active`),
  KEY `rank` (`rank`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `{PREFIX}msop_modification_options` (
  `mid` int(10) unsigned NOT NULL DEFAULT 0,
  `rid` int(10) unsigned NOT NULL DEFAULT 0,
  `key` varchar(191) NOT NULL DEFAULT '',
  `value` text NULL,
  PRIMARY KEY (`mid`, `rid`, `key`),
  KEY `rid` (`rid`),
  KEY `key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
