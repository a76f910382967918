import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124153146 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "market" drop constraint if exists "market_vnpay_tmn_code_unique";`);
    this.addSql(`alter table if exists "market" add column if not exists "vnpay_tmn_code" text null, add column if not exists "vnpay_hash_secret_sealed" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_vnpay_tmn_code_unique" ON "market" ("vnpay_tmn_code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stall" add column if not exists "archived_at" timestamptz null, add column if not exists "bank_name" text null;`);
    // An archived stall's account may go to a new stall: the account is unique among open stalls.
    this.addSql(`drop index if exists "IDX_stall_bank_bin_account_number_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_bank_bin_account_number_unique" ON "stall" ("bank_bin", "account_number") WHERE archived_at IS NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stall_sale" add column if not exists "method" text check ("method" in ('vietqr', 'vnpay_qr')) not null default 'vietqr';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_market_vnpay_tmn_code_unique";`);
    this.addSql(`alter table if exists "market" drop column if exists "vnpay_tmn_code", drop column if exists "vnpay_hash_secret_sealed";`);

    this.addSql(`drop index if exists "IDX_stall_bank_bin_account_number_unique";`);
    this.addSql(`alter table if exists "stall" drop column if exists "archived_at", drop column if exists "bank_name";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stall_bank_bin_account_number_unique" ON "stall" ("bank_bin", "account_number") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stall_sale" drop column if exists "method";`);
  }

}
