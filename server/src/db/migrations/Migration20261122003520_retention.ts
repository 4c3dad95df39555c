import { Migration } from '@mikro-orm/migrations';

export class Migration20261122003520_retention extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "certification_session_documents" ("id" serial primary key, "session_id" int not null, "name" varchar(255) not null, "content_type" varchar(100) not null, "content" bytea not null, "uploaded_at" timestamptz not null default now());`);
    this.addSql(`create index "certification_session_documents_session_id_index" on "certification_session_documents" ("session_id");`);

    this.addSql(`alter table "certification_session_documents" add constraint "certification_session_documents_session_id_foreign" foreign key ("session_id") references "certification_sessions" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification_session_documents" cascade;`);
  }

}
