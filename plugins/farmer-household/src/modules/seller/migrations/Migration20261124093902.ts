import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124093902 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);
    this.addSql(`create table if not exists "seller" ("id" text not null, "handle" text not null, "name" text not null, "type" text check ("type" in ('household', 'cooperative', 'enterprise')) not null default 'household', "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "status_changed_at" timestamptz null, "representative_name" text null, "phone" text null, "email" text null, "province" text null, "commune" text null, "address_line" text null, "farm_area_m2" integer null, "story" text null, "national_id_encrypted" text null, "national_id_last4" text null, "bank_bin" text null, "bank_account_number" text null, "bank_account_holder" text null, "closed_from" timestamptz null, "closed_until" timestamptz null, "closure_message" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status" ON "seller" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_certification" ("id" text not null, "kind" text check ("kind" in ('vietgap', 'organic', 'globalgap', 'other')) not null, "number" text not null, "issuer" text not null, "expires_at" timestamptz null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_certification_seller_id" ON "seller_certification" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_certification_deleted_at" ON "seller_certification" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_member" ("id" text not null, "name" text not null, "phone" text null, "email" text null, "role" text check ("role" in ('owner', 'member')) not null default 'owner', "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_seller_id" ON "seller_member" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_deleted_at" ON "seller_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_certification" add constraint "seller_certification_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "seller_member" add constraint "seller_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_certification" drop constraint if exists "seller_certification_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_seller_id_foreign";`);

    this.addSql(`drop table if exists "seller" cascade;`);

    this.addSql(`drop table if exists "seller_certification" cascade;`);

    this.addSql(`drop table if exists "seller_member" cascade;`);
  }

}
