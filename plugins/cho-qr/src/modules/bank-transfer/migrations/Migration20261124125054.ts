import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124125054 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "transfer_request" drop constraint if exists "transfer_request_payment_session_id_unique";`);
    this.addSql(`alter table if exists "transfer_request" drop constraint if exists "transfer_request_memo_unique";`);
    this.addSql(`alter table if exists "bank_notification" drop constraint if exists "bank_notification_external_id_unique";`);
    this.addSql(`create table if not exists "bank_notification" ("id" text not null, "external_id" text not null, "bank_bin" text null, "account_number" text not null, "amount" integer not null, "description" text not null, "memo" text null, "occurred_at" timestamptz not null, "status" text check ("status" in ('matched', 'unmatched', 'mismatched')) not null, "reason" text null, "transfer_request_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_notification_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_notification_external_id_unique" ON "bank_notification" ("external_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_notification_deleted_at" ON "bank_notification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_notification_status" ON "bank_notification" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_notification_memo" ON "bank_notification" ("memo") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "transfer_request" ("id" text not null, "memo" text not null, "payment_session_id" text not null, "payment_collection_id" text not null, "bank_bin" text not null, "account_number" text not null, "amount" integer not null, "expires_at" timestamptz not null, "confirmed_at" timestamptz null, "confirmed_by" text null, "notification_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "transfer_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_transfer_request_memo_unique" ON "transfer_request" ("memo") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_transfer_request_payment_session_id_unique" ON "transfer_request" ("payment_session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_transfer_request_deleted_at" ON "transfer_request" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_notification" cascade;`);

    this.addSql(`drop table if exists "transfer_request" cascade;`);
  }

}
