-- modRetailCRM 2.13.1 (_build/resolvers/extendsMsFields.php): the three CRM code columns.
-- sqlite dialect.

ALTER TABLE "{PREFIX}ms2_deliveries" ADD COLUMN "retailcrm_delivery_code" TEXT NULL;
ALTER TABLE "{PREFIX}ms2_payments" ADD COLUMN "retailcrm_payment_code" TEXT NULL;
ALTER TABLE "{PREFIX}ms2_order_statuses" ADD COLUMN "retailcrm_status_code" TEXT NULL;
