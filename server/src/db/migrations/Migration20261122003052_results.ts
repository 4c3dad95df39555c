import { Migration } from '@mikro-orm/migrations';

export class Migration20261122003052_results extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "certification_status" as enum ('STARTED', 'VALIDATED', 'REJECTED', 'CANCELLED', 'ERROR');`);
    this.addSql(`create table "certification_results" ("id" serial primary key, "candidate_id" int not null, "session_id" int not null, "status" "certification_status" not null, "pix_score" int not null, "reproducibility_rate" int not null, "competences" jsonb not null, "explanation" jsonb not null, "jury_decision" varchar(32) null, "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "certification_results" add constraint "certification_results_candidate_id_unique" unique ("candidate_id");`);
    this.addSql(`create index "certification_results_session_id_index" on "certification_results" ("session_id");`);

    this.addSql(`create table "certification_issue_reports" ("id" serial primary key, "candidate_id" int not null, "category" varchar(40) not null, "subcategory" varchar(60) null, "question_number" int null, "description" text null, "resolution" varchar(40) null, "impactful" boolean not null default false, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "certification_issue_reports_candidate_id_index" on "certification_issue_reports" ("candidate_id");`);

    this.addSql(`create table "audit_log" ("id" bigserial primary key, "actor_id" int null, "action" varchar(60) not null, "target_type" varchar(40) not null, "target_id" int not null, "reason" text null, "data" jsonb null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "audit_log_target_type_target_id_index" on "audit_log" ("target_type", "target_id");`);

    this.addSql(`alter table "certification_results" add constraint "certification_results_candidate_id_foreign" foreign key ("candidate_id") references "certification_candidates" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certification_results" add constraint "certification_results_session_id_foreign" foreign key ("session_id") references "certification_sessions" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "certification_issue_reports" add constraint "certification_issue_reports_candidate_id_foreign" foreign key ("candidate_id") references "certification_candidates" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_log" add constraint "audit_log_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "certification_challenges" add column "neutralized" boolean not null default false;`);

    this.addSql(`alter table "certification_candidates" add column "has_seen_end_test_screen" boolean null, add column "abort_reason" varchar(16) null;`);

    this.addSql(`alter table "certificates" add column "certification_candidate_id" int null, add column "session_id" int null;`);
    this.addSql(`alter table "certificates" add constraint "certificates_certification_candidate_id_unique" unique ("certification_candidate_id");`);
    this.addSql(`create index "certificates_session_id_index" on "certificates" ("session_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification_results" cascade;`);

    this.addSql(`drop table if exists "certification_issue_reports" cascade;`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`alter table "certificates" drop constraint "certificates_certification_candidate_id_unique";`);
    this.addSql(`drop index "certificates_session_id_index";`);
    this.addSql(`alter table "certificates" drop column "certification_candidate_id", drop column "session_id";`);

    this.addSql(`alter table "certification_candidates" drop column "has_seen_end_test_screen", drop column "abort_reason";`);

    this.addSql(`alter table "certification_challenges" drop column "neutralized";`);

    this.addSql(`drop type "certification_status";`);
  }

}
