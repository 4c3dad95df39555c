import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000808_orga extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "student_file_format" as enum ('SIECLE_XML', 'CSV');`);
    this.addSql(`create type "import_status" as enum ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "outbox_emails" ("id" bigserial primary key, "to" varchar(255) not null, "subject" varchar(255) not null, "text" text not null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null);`);
    this.addSql(`create index "outbox_emails_sent_at_created_at_index" on "outbox_emails" ("sent_at", "created_at");`);

    this.addSql(`create table "student_import_files" ("import_id" serial primary key, "content" bytea not null);`);

    this.addSql(`create table "student_imports" ("id" serial primary key, "organization_id" int not null, "format" "student_file_format" not null, "status" "import_status" not null default 'QUEUED', "progress" int not null default 0, "imported_count" int not null default 0, "created_count" int not null default 0, "skipped_count" int not null default 0, "left_count" int not null default 0, "errors" jsonb not null default '[]', "created_by_id" int null, "created_at" timestamptz not null default now(), "finished_at" timestamptz null);`);
    this.addSql(`create index "student_imports_organization_id_created_at_index" on "student_imports" ("organization_id", "created_at");`);

    this.addSql(`create table "organization_invitations" ("id" serial primary key, "organization_id" int not null, "email" varchar(255) not null, "role" "membership_role" not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by_id" int null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "organization_invitations" add constraint "organization_invitations_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "organization_invitations_organization_id_accepted_at_index" on "organization_invitations" ("organization_id", "accepted_at");`);

    this.addSql(`alter table "student_imports" add constraint "student_imports_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "student_imports" add constraint "student_imports_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organization_invitations" add constraint "organization_invitations_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organization_invitations" add constraint "organization_invitations_invited_by_id_foreign" foreign key ("invited_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organizations" add column "email" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_emails" cascade;`);

    this.addSql(`drop table if exists "student_import_files" cascade;`);

    this.addSql(`drop table if exists "student_imports" cascade;`);

    this.addSql(`drop table if exists "organization_invitations" cascade;`);

    this.addSql(`alter table "organizations" drop column "email";`);

    this.addSql(`drop type "student_file_format";`);
    this.addSql(`drop type "import_status";`);
  }

}
