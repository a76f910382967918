import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124123814 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "harvest_preorder" drop constraint if exists "harvest_preorder_line_item_id_unique";`);
    this.addSql(`alter table if exists "harvest_plan" drop constraint if exists "harvest_plan_product_id_unique";`);
    this.addSql(`create table if not exists "harvest_plan" ("id" text not null, "product_id" text not null, "preorder_enabled" boolean not null default false, "preorder_cap" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "harvest_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_harvest_plan_product_id_unique" ON "harvest_plan" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_harvest_plan_deleted_at" ON "harvest_plan" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "harvest_preorder" ("id" text not null, "ships_from" text not null, "quantity" integer not null, "order_id" text not null, "line_item_id" text not null, "plan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "harvest_preorder_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_harvest_preorder_line_item_id_unique" ON "harvest_preorder" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_harvest_preorder_plan_id" ON "harvest_preorder" ("plan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_harvest_preorder_deleted_at" ON "harvest_preorder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_harvest_preorder_order_id" ON "harvest_preorder" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "harvest_window" ("id" text not null, "label" text not null, "start_day" text not null, "end_day" text not null, "rank" integer not null default 0, "plan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "harvest_window_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_harvest_window_plan_id" ON "harvest_window" ("plan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_harvest_window_deleted_at" ON "harvest_window" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "harvest_preorder" add constraint "harvest_preorder_plan_id_foreign" foreign key ("plan_id") references "harvest_plan" ("id") on update cascade;`);

    this.addSql(`alter table if exists "harvest_window" add constraint "harvest_window_plan_id_foreign" foreign key ("plan_id") references "harvest_plan" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "harvest_preorder" drop constraint if exists "harvest_preorder_plan_id_foreign";`);

    this.addSql(`alter table if exists "harvest_window" drop constraint if exists "harvest_window_plan_id_foreign";`);

    this.addSql(`drop table if exists "harvest_plan" cascade;`);

    this.addSql(`drop table if exists "harvest_preorder" cascade;`);

    this.addSql(`drop table if exists "harvest_window" cascade;`);
  }

}
