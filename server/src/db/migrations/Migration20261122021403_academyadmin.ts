// Academy codes up to 10 characters (saveAcademy accepts 2 to 10 letters or digits).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261122021403_academyadmin extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "academy_schools" drop constraint "academy_schools_academy_code_foreign";`);

    this.addSql(`alter table "academic_viewers" drop constraint "academic_viewers_academy_code_foreign";`);

    this.addSql(`alter table "academies" alter column "code" type varchar(10) using ("code"::varchar(10));`);

    this.addSql(`alter table "academy_schools" alter column "academy_code" type varchar(10) using ("academy_code"::varchar(10));`);
    this.addSql(`alter table "academy_schools" add constraint "academy_schools_academy_code_foreign" foreign key ("academy_code") references "academies" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "academic_viewers" alter column "academy_code" type varchar(10) using ("academy_code"::varchar(10));`);
    this.addSql(`alter table "academic_viewers" add constraint "academic_viewers_academy_code_foreign" foreign key ("academy_code") references "academies" ("code") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "academic_viewers" drop constraint "academic_viewers_academy_code_foreign";`);

    this.addSql(`alter table "academy_schools" drop constraint "academy_schools_academy_code_foreign";`);

    this.addSql(`alter table "academic_viewers" alter column "academy_code" type varchar(8) using ("academy_code"::varchar(8));`);
    this.addSql(`alter table "academic_viewers" add constraint "academic_viewers_academy_code_foreign" foreign key ("academy_code") references "academies" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "academies" alter column "code" type varchar(8) using ("code"::varchar(8));`);

    this.addSql(`alter table "academy_schools" alter column "academy_code" type varchar(8) using ("academy_code"::varchar(8));`);
    this.addSql(`alter table "academy_schools" add constraint "academy_schools_academy_code_foreign" foreign key ("academy_code") references "academies" ("code") on update cascade on delete cascade;`);
  }

}
