import { Migration } from '@mikro-orm/migrations';

export class Migration20261122005005_gar extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "external_identities" ("id" serial primary key, "user_id" int not null, "provider" varchar(300) not null, "subject" varchar(255) not null, "attributes" jsonb not null, "created_at" timestamptz not null default now(), "last_sign_in_at" timestamptz null);`);
    this.addSql(`create index "external_identities_user_id_index" on "external_identities" ("user_id");`);
    this.addSql(`alter table "external_identities" add constraint "external_identities_provider_subject_unique" unique ("provider", "subject");`);

    this.addSql(`alter table "external_identities" add constraint "external_identities_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "external_identities" cascade;`);
  }

}
