import { Migration } from '@mikro-orm/migrations';

export class Migration20261122002504_certification extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "session_status" as enum ('CREATED', 'FINALIZED', 'IN_PROCESS', 'PROCESSED');`);
    this.addSql(`create table "certification_challenges" ("id" bigserial primary key, "assessment_id" bigint not null, "position" int not null, "challenge_id" varchar(64) not null, "skill_id" varchar(64) not null, "competence_code" varchar(8) not null, "difficulty" int not null);`);
    this.addSql(`alter table "certification_challenges" add constraint "certification_challenges_assessment_id_position_unique" unique ("assessment_id", "position");`);

    this.addSql(`create table "certification_sessions" ("id" serial primary key, "certification_center_id" int not null, "address" varchar(255) not null, "room" varchar(255) not null, "examiner" varchar(255) not null, "invigilator_count" int not null default 1, "date" date not null, "time" varchar(5) not null, "description" text null, "access_code" varchar(6) not null, "invigilator_password" varchar(5) not null, "status" "session_status" not null default 'CREATED', "created_at" timestamptz not null default now(), "finalized_at" timestamptz null, "published_at" timestamptz null, "examiner_global_comment" text null);`);
    this.addSql(`create index "certification_sessions_certification_center_id_date_index" on "certification_sessions" ("certification_center_id", "date");`);

    this.addSql(`create table "rate_limits" ("key" varchar(200) not null, "failures" int not null, "locked_until" timestamptz null, "updated_at" timestamptz not null, constraint "rate_limits_pkey" primary key ("key"));`);

    this.addSql(`create table "certification_candidates" ("id" serial primary key, "session_id" int not null, "student_id" int null, "user_id" int null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "birthdate" date not null, "division" varchar(50) null, "birth_city" varchar(255) null, "birth_insee_code" varchar(5) null, "birth_postal_code" varchar(5) null, "birth_country" varchar(100) null, "sex" varchar(1) null, "external_id" varchar(255) null, "extra_time_percentage" int not null default 0, "authorized_to_start" boolean not null default false, "authorized_to_resume" boolean not null default false, "entry_token_hash" varchar(64) null, "joined_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "certification_candidates_session_id_index" on "certification_candidates" ("session_id");`);
    this.addSql(`alter table "certification_candidates" add constraint "certification_candidates_session_id_student_id_unique" unique ("session_id", "student_id");`);

    this.addSql(`alter table "certification_sessions" add constraint "certification_sessions_certification_center_id_foreign" foreign key ("certification_center_id") references "certification_centers" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "certification_candidates" add constraint "certification_candidates_session_id_foreign" foreign key ("session_id") references "certification_sessions" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certification_candidates" add constraint "certification_candidates_student_id_foreign" foreign key ("student_id") references "students" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certification_candidates" add constraint "certification_candidates_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "assessments" add column "certification_candidate_id" int null, add column "ends_at" timestamptz null;`);
    this.addSql(`alter table "assessments" add constraint "assessments_certification_candidate_id_foreign" foreign key ("certification_candidate_id") references "certification_candidates" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "assessments_certification_candidate_id_index" on "assessments" ("certification_candidate_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "certification_candidates" drop constraint "certification_candidates_session_id_foreign";`);

    this.addSql(`alter table "assessments" drop constraint "assessments_certification_candidate_id_foreign";`);

    this.addSql(`drop table if exists "certification_challenges" cascade;`);

    this.addSql(`drop table if exists "certification_sessions" cascade;`);

    this.addSql(`drop table if exists "rate_limits" cascade;`);

    this.addSql(`drop table if exists "certification_candidates" cascade;`);

    this.addSql(`drop index "assessments_certification_candidate_id_index";`);
    this.addSql(`alter table "assessments" drop column "certification_candidate_id", drop column "ends_at";`);

    this.addSql(`drop type "session_status";`);
  }

}
