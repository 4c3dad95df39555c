import { Migration } from '@mikro-orm/migrations';

export class Migration20261122001527_accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "must_change_password" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop column "must_change_password";`);
  }

}
