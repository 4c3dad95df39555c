import { Migration } from '@mikro-orm/migrations';

export class Migration20261122004315_windows extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "certification_window_overrides" ("plugin" varchar(60) not null, "school_year" int not null, "start" date not null, "end" date not null, "make_up_start" date null, "make_up_end" date null, constraint "certification_window_overrides_pkey" primary key ("plugin", "school_year"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification_window_overrides" cascade;`);
  }

}
