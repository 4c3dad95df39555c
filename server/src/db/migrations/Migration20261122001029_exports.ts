import { Migration } from '@mikro-orm/migrations';

export class Migration20261122001029_exports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "export_status" as enum ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "campaign_exports" ("id" serial primary key, "campaign_id" int not null, "requested_by_id" int null, "status" "export_status" not null, "progress" int not null, "row_count" int not null, "total_rows" int not null, "file_name" varchar(255) null, "created_at" timestamptz not null default now(), "finished_at" timestamptz null);`);

    this.addSql(`create table "campaign_export_chunks" ("export_id" int not null, "seq" int not null, "content" text not null, constraint "campaign_export_chunks_pkey" primary key ("export_id", "seq"));`);

    this.addSql(`alter table "campaign_exports" add constraint "campaign_exports_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_exports" add constraint "campaign_exports_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "campaign_export_chunks" add constraint "campaign_export_chunks_export_id_foreign" foreign key ("export_id") references "campaign_exports" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "campaign_export_chunks" drop constraint "campaign_export_chunks_export_id_foreign";`);

    this.addSql(`drop table if exists "campaign_exports" cascade;`);

    this.addSql(`drop table if exists "campaign_export_chunks" cascade;`);

    this.addSql(`drop type "export_status";`);
  }

}
