// Named one second after the reviews module's migration: Medusa records migrations by name in one
// table for every module, so two modules with the same migration name run only one of them.
import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124153001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_certified_count" ("id" text not null, "province" text not null, "year" integer not null, "certified_count" integer not null, "source" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certified_count_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certified_count_province_year_unique" ON "ocop_certified_count" ("province", "year") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certified_count_deleted_at" ON "ocop_certified_count" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certified_count" cascade;`);
  }

}
