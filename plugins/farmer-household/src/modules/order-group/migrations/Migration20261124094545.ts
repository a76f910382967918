import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124094545 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_cart_id_unique";`);
    this.addSql(`create table if not exists "order_group" ("id" text not null, "display_id" serial, "cart_id" text not null, "customer_id" text null, "email" text null, "currency_code" text not null, "total" numeric not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_cart_id_unique" ON "order_group" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_group" cascade;`);
  }

}
