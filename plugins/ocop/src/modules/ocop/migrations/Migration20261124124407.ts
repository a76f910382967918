import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124124407 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_code_unique";`);
    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "code" text not null, "stars" integer not null, "product_group" text check ("product_group" in ('food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism')) not null, "decision_number" text not null, "issuing_authority" text not null, "level" text check ("level" in ('province', 'ministry')) not null, "decision_date" text not null, "expires_on" text not null, "scan_file_id" text not null, "scan_url" text not null, "scan_mime_type" text not null, "status" text check ("status" in ('submitted', 'verified', 'rejected', 'expired', 'revoked')) not null default 'submitted', "status_reason" text null, "status_changed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_code_unique" ON "ocop_certificate" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status_expires_on" ON "ocop_certificate" ("status", "expires_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate_audit" ("id" text not null, "actor_type" text check ("actor_type" in ('seller', 'user', 'system')) not null, "actor_id" text null, "action" text check ("action" in ('submit', 'resubmit', 'verify', 'reject', 'revoke', 'expire')) not null, "from_status" text check ("from_status" in ('submitted', 'verified', 'rejected', 'expired', 'revoked')) null, "to_status" text check ("to_status" in ('submitted', 'verified', 'rejected', 'expired', 'revoked')) not null, "reason" text null, "changes" jsonb null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_audit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_audit_certificate_id" ON "ocop_certificate_audit" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_audit_deleted_at" ON "ocop_certificate_audit" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_certificate_audit" add constraint "ocop_certificate_audit_certificate_id_foreign" foreign key ("certificate_id") references "ocop_certificate" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate_audit" drop constraint if exists "ocop_certificate_audit_certificate_id_foreign";`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate_audit" cascade;`);
  }

}
