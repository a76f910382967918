import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124135002 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stall_sale" drop constraint if exists "stall_sale_code_unique";`);
    this.addSql(`alter table if exists "stall_ledger_entry" drop constraint if exists "stall_ledger_entry_source_id_unique";`);
    this.addSql(`alter table if exists "stall_day_close" drop constraint if exists "stall_day_close_stall_id_business_day_unique";`);
    this.addSql(`alter table if exists "stall" drop constraint if exists "stall_bank_bin_account_number_unique";`);
    this.addSql(`create table if not exists "market" ("id" text not null, "name" text not null, "commune" text not null, "province" text not null, "opening_hours" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "market_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_deleted_at" ON "market" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_province" ON "market" ("province") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall" ("id" text not null, "number" text not null, "name" text not null, "goods" text null, "bank_bin" text not null, "account_number" text not null, "account_holder" text not null, "invited_phone" text null, "market_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_market_id" ON "stall" ("market_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_deleted_at" ON "stall" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_bank_bin_account_number_unique" ON "stall" ("bank_bin", "account_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_invited_phone" ON "stall" ("invited_phone") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall_day_close" ("id" text not null, "business_day" text not null, "payment_count" integer not null, "total" integer not null, "closed_at" timestamptz not null, "stall_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_day_close_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_day_close_stall_id" ON "stall_day_close" ("stall_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_day_close_deleted_at" ON "stall_day_close" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_day_close_stall_id_business_day_unique" ON "stall_day_close" ("stall_id", "business_day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall_ledger_entry" ("id" text not null, "seq" serial, "kind" text check ("kind" in ('payment', 'refund', 'correction')) not null, "amount" integer not null, "description" text not null, "source_id" text null, "sale_code" text null, "occurred_at" timestamptz not null, "business_day" text not null, "stall_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_ledger_entry_source_id_unique" ON "stall_ledger_entry" ("source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_ledger_entry_stall_id" ON "stall_ledger_entry" ("stall_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_ledger_entry_deleted_at" ON "stall_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_ledger_entry_stall_id_business_day" ON "stall_ledger_entry" ("stall_id", "business_day") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_ledger_entry_stall_id_seq" ON "stall_ledger_entry" ("stall_id", "seq") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stall_sale" ("id" text not null, "code" text not null, "amount" integer not null, "note" text null, "stall_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stall_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_sale_code_unique" ON "stall_sale" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_sale_stall_id" ON "stall_sale" ("stall_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stall_sale_deleted_at" ON "stall_sale" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stall" add constraint "stall_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "stall_day_close" add constraint "stall_day_close_stall_id_foreign" foreign key ("stall_id") references "stall" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "stall_ledger_entry" add constraint "stall_ledger_entry_stall_id_foreign" foreign key ("stall_id") references "stall" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "stall_sale" add constraint "stall_sale_stall_id_foreign" foreign key ("stall_id") references "stall" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stall" drop constraint if exists "stall_market_id_foreign";`);

    this.addSql(`alter table if exists "stall_day_close" drop constraint if exists "stall_day_close_stall_id_foreign";`);

    this.addSql(`alter table if exists "stall_ledger_entry" drop constraint if exists "stall_ledger_entry_stall_id_foreign";`);

    this.addSql(`alter table if exists "stall_sale" drop constraint if exists "stall_sale_stall_id_foreign";`);

    this.addSql(`drop table if exists "market" cascade;`);

    this.addSql(`drop table if exists "stall" cascade;`);

    this.addSql(`drop table if exists "stall_day_close" cascade;`);

    this.addSql(`drop table if exists "stall_ledger_entry" cascade;`);

    this.addSql(`drop table if exists "stall_sale" cascade;`);
  }

}
