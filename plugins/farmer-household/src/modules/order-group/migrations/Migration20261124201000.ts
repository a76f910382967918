import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124201000 extends Migration {

  override async up(): Promise<void> {
    // Groups made before this column were made in one go, after their orders: all placed.
    this.addSql(`alter table if exists "order_group" add column if not exists "status" text check ("status" in ('pending', 'placed')) not null default 'placed';`);
    this.addSql(`alter table if exists "order_group" alter column "status" set default 'pending';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_status" ON "order_group" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_order_group_status";`);
    this.addSql(`alter table if exists "order_group" drop column if exists "status";`);
  }

}
