import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124153310 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_ledger_entry" drop constraint if exists "seller_ledger_entry_source_key_unique";`);
    this.addSql(`alter table if exists "payout_batch_line" drop constraint if exists "payout_batch_line_batch_id_seller_id_unique";`);
    this.addSql(`alter table if exists "payout_batch_entry" drop constraint if exists "payout_batch_entry_ledger_entry_id_unique";`);
    this.addSql(`alter table if exists "order_withholding" drop constraint if exists "order_withholding_order_id_unique";`);
    this.addSql(`alter table if exists "order_line_commission" drop constraint if exists "order_line_commission_line_item_id_unique";`);
    this.addSql(`alter table if exists "commission_rule" drop constraint if exists "commission_rule_scope_target_id_unique";`);
    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "scope" text check ("scope" in ('default', 'category', 'seller')) not null, "target_id" text not null default '', "kind" text check ("kind" in ('percentage', 'fixed')) not null, "rate_bp" integer null, "fixed_amount" integer null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rule_scope_target_id_unique" ON "commission_rule" ("scope", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_line_commission" ("id" text not null, "line_item_id" text not null, "order_id" text not null, "seller_id" text not null, "rule_id" text null, "rule_scope" text check ("rule_scope" in ('default', 'category', 'seller', 'none')) not null, "rule_kind" text check ("rule_kind" in ('percentage', 'fixed')) null, "rate_bp" integer null, "fixed_amount" integer null, "quantity" integer not null, "line_total" integer not null, "amount" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_line_commission_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_line_commission_line_item_id_unique" ON "order_line_commission" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_commission_deleted_at" ON "order_line_commission" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_commission_order_id" ON "order_line_commission" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_line_commission_seller_id" ON "order_line_commission" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_withholding" ("id" text not null, "order_id" text not null, "seller_id" text not null, "seller_type" text not null, "applies" boolean not null, "base_amount" integer not null, "vat_rate_bp" integer not null, "pit_rate_bp" integer not null, "vat_amount" integer not null, "pit_amount" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_withholding_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_withholding_order_id_unique" ON "order_withholding" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_withholding_deleted_at" ON "order_withholding" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_withholding_seller_id" ON "order_withholding" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_batch" ("id" text not null, "display_id" serial, "status" text check ("status" in ('draft', 'paid')) not null default 'draft', "created_by" text null, "paid_at" timestamptz null, "paid_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_batch_entry" ("id" text not null, "ledger_entry_id" text not null, "seller_id" text not null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_batch_entry_ledger_entry_id_unique" ON "payout_batch_entry" ("ledger_entry_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_entry_batch_id" ON "payout_batch_entry" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_entry_deleted_at" ON "payout_batch_entry" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_batch_line" ("id" text not null, "seller_id" text not null, "seller_name" text not null, "bank_bin" text not null, "bank_account_number" text not null, "bank_account_holder" text not null, "amount" integer not null, "memo" text not null, "batch_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_line_batch_id" ON "payout_batch_line" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_line_deleted_at" ON "payout_batch_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_batch_line_batch_id_seller_id_unique" ON "payout_batch_line" ("batch_id", "seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_ledger_entry" ("id" text not null, "seller_id" text not null, "order_id" text null, "kind" text check ("kind" in ('online_payment', 'cash_collected', 'cash_held', 'refund', 'commission', 'withholding', 'payout')) not null, "tax" text check ("tax" in ('vat', 'pit')) null, "amount" integer not null, "tax_base" integer null, "source_key" text not null, "occurred_at" timestamptz not null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_ledger_entry_source_key_unique" ON "seller_ledger_entry" ("source_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_ledger_entry_deleted_at" ON "seller_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_ledger_entry_seller_id_occurred_at" ON "seller_ledger_entry" ("seller_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_ledger_entry_order_id" ON "seller_ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_ledger_entry_kind_occurred_at" ON "seller_ledger_entry" ("kind", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout_batch_entry" add constraint "payout_batch_entry_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade;`);

    this.addSql(`alter table if exists "payout_batch_line" add constraint "payout_batch_line_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout_batch_entry" drop constraint if exists "payout_batch_entry_batch_id_foreign";`);

    this.addSql(`alter table if exists "payout_batch_line" drop constraint if exists "payout_batch_line_batch_id_foreign";`);

    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "order_line_commission" cascade;`);

    this.addSql(`drop table if exists "order_withholding" cascade;`);

    this.addSql(`drop table if exists "payout_batch" cascade;`);

    this.addSql(`drop table if exists "payout_batch_entry" cascade;`);

    this.addSql(`drop table if exists "payout_batch_line" cascade;`);

    this.addSql(`drop table if exists "seller_ledger_entry" cascade;`);
  }

}
