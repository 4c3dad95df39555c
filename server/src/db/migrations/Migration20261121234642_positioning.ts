import { Migration } from '@mikro-orm/migrations';

export class Migration20261121234642_positioning extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "assessment_type" as enum ('COMPETENCE_EVALUATION', 'CAMPAIGN', 'CERTIFICATION');`);
    this.addSql(`create type "assessment_state" as enum ('STARTED', 'COMPLETED', 'ENDED_BY_INVIGILATOR', 'ENDED_DUE_TO_FINALIZATION', 'ABORTED');`);
    this.addSql(`create table "assessments" ("id" bigserial primary key, "user_id" int not null, "type" "assessment_type" not null, "state" "assessment_state" not null default 'STARTED', "competence_code" varchar(8) null, "is_improving" boolean not null default false, "current_challenge_id" varchar(64) null, "current_challenge_asked_at" timestamptz null, "answered_count" int not null default 0, "created_at" timestamptz not null default now(), "completed_at" timestamptz null);`);
    this.addSql(`create index "assessments_user_id_type_state_index" on "assessments" ("user_id", "type", "state");`);
    this.addSql(`create unique index "assessments_one_started_per_competence" on "assessments" ("user_id", "competence_code") where "state" = 'STARTED' and "type" = 'COMPETENCE_EVALUATION';`);

    this.addSql(`create table "answers" ("id" bigserial primary key, "assessment_id" bigint not null, "challenge_id" varchar(64) not null, "skill_id" varchar(64) not null, "value" jsonb not null, "status" varchar(16) not null, "client_answer_id" varchar(64) not null, "time_spent_seconds" int null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "answers" add constraint "answers_assessment_id_challenge_id_unique" unique ("assessment_id", "challenge_id");`);
    this.addSql(`alter table "answers" add constraint "answers_assessment_id_client_answer_id_unique" unique ("assessment_id", "client_answer_id");`);

    this.addSql(`alter table "assessments" add constraint "assessments_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "answers" add constraint "answers_assessment_id_foreign" foreign key ("assessment_id") references "assessments" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "answers" drop constraint "answers_assessment_id_foreign";`);

    this.addSql(`drop table if exists "assessments" cascade;`);

    this.addSql(`drop table if exists "answers" cascade;`);

    this.addSql(`drop type "assessment_type";`);
    this.addSql(`drop type "assessment_state";`);
  }

}
