import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000019_campaigns extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "campaigns" add column "is_sos" boolean not null default false, add column "auto_share" boolean not null default false;`);

    this.addSql(`alter table "campaign_participations" add column "shared_competences" jsonb null, add column "shared_tube_mastery" jsonb null, add column "stage_index" int null, add column "is_improved" boolean not null default false;`);
    this.addSql(`create unique index "campaign_participations_one_current" on "campaign_participations" ("campaign_id", "user_id") where "is_improved" = false;`);

    this.addSql(`alter table "assessments" add column "campaign_participation_id" int null;`);
    this.addSql(`alter table "assessments" add constraint "assessments_campaign_participation_id_foreign" foreign key ("campaign_participation_id") references "campaign_participations" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "assessments_campaign_participation_id_index" on "assessments" ("campaign_participation_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assessments" drop constraint "assessments_campaign_participation_id_foreign";`);

    this.addSql(`drop index "assessments_campaign_participation_id_index";`);
    this.addSql(`alter table "assessments" drop column "campaign_participation_id";`);

    this.addSql(`alter table "campaign_participations" drop constraint "campaign_participations_one_current";`);
    this.addSql(`alter table "campaign_participations" drop column "shared_competences", drop column "shared_tube_mastery", drop column "stage_index", drop column "is_improved";`);

    this.addSql(`alter table "campaigns" drop column "is_sos", drop column "auto_share";`);
  }

}
