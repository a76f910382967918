import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124124028 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "batch" drop constraint if exists "batch_code_unique";`);
    this.addSql(`create table if not exists "batch" ("id" text not null, "code" text not null, "harvest_date" timestamptz not null, "packing_date" timestamptz null, "plot" text not null, "quantity" integer not null, "unit" text not null, "vietgap_code" text null, "notes" text null, "scan_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_batch_code_unique" ON "batch" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batch_deleted_at" ON "batch" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "batch" cascade;`);
  }

}
