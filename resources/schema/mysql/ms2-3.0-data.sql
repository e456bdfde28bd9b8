-- Default data of the miniShop2 3.0 installer (minishop2.md section 5), names in Russian.
INSERT INTO `{PREFIX}ms2_order_statuses` (`id`, `name`, `color`, `active`, `final`, `fixed`, `rank`, `editable`) VALUES
  (1, 'Новый', '000000', 1, 0, 1, 0, 0),
  (2, 'Оплачен', '008000', 1, 0, 1, 1, 0),
  (3, 'Отправлен', '003366', 1, 1, 1, 2, 0),
  (4, 'Отменён', '800000', 1, 1, 1, 3, 0),
  (999, 'Оформляется', 'C0C0C0', 1, 0, 0, 998, 0);
INSERT INTO `{PREFIX}ms2_deliveries` (`id`, `name`, `price`, `rank`, `active`, `class`, `requires`) VALUES
  (1, 'Самовывоз', '0', 0, 1, '', 'email,receiver');
INSERT INTO `{PREFIX}ms2_payments` (`id`, `name`, `price`, `rank`, `active`, `class`) VALUES
  (1, 'Оплата наличными', '0', 0, 1, '');
INSERT INTO `{PREFIX}ms2_delivery_payments` (`delivery_id`, `payment_id`) VALUES
  (1, 1);
INSERT INTO `{PREFIX}system_settings` (`key`, `value`, `xtype`, `namespace`, `area`) VALUES
  ('ms2_order_format_num', '%y%m', 'textfield', 'minishop2', 'ms2_order'),
  ('ms2_order_format_num_separator', '/', 'textfield', 'minishop2', 'ms2_order'),
  ('ms2_order_user_groups', '', 'textfield', 'minishop2', 'ms2_order'),
  ('ms2_date_format', '%d.%m.%y <span class="gray">%H:%M</span>', 'textfield', 'minishop2', 'ms2_order'),
  ('ms2_tmp_storage', 'session', 'textfield', 'minishop2', 'ms2_order');
