import { Migration } from '@mikro-orm/migrations';

export class Migration20261121232712_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "organization_type" as enum ('SCO', 'SUP', 'PRO');`);
    this.addSql(`create type "membership_role" as enum ('ADMIN', 'MEMBER');`);
    this.addSql(`create type "campaign_type" as enum ('ASSESSMENT', 'PROFILES_COLLECTION');`);
    this.addSql(`create type "participation_status" as enum ('STARTED', 'TO_SHARE', 'SHARED');`);
    this.addSql(`create table "organizations" ("id" serial primary key, "name" varchar(255) not null, "type" "organization_type" not null, "uai" varchar(8) null, "tags" jsonb not null default '[]', "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "organizations" add constraint "organizations_uai_unique" unique ("uai");`);

    this.addSql(`create table "certification_centers" ("id" serial primary key, "name" varchar(255) not null, "type" "organization_type" not null, "organization_id" int null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "certification_centers" add constraint "certification_centers_organization_id_unique" unique ("organization_id");`);

    this.addSql(`create table "users" ("id" serial primary key, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "email" varchar(255) null, "username" varchar(100) null, "password_hash" varchar(255) not null, "birthdate" date null, "platform_roles" jsonb not null default '[]', "created_at" timestamptz not null default now(), "last_signed_in_at" timestamptz null);`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`alter table "users" add constraint "users_username_unique" unique ("username");`);

    this.addSql(`create table "students" ("id" serial primary key, "organization_id" int not null, "user_id" int null, "national_id" varchar(20) not null, "first_name" varchar(100) not null, "middle_name" varchar(100) null, "third_name" varchar(100) null, "last_name" varchar(100) not null, "preferred_last_name" varchar(100) null, "sex" varchar(1) null, "birthdate" date not null, "birth_city" varchar(255) null, "birth_city_code" varchar(5) null, "birth_country_code" varchar(3) null, "birth_province_code" varchar(3) null, "mef_code" varchar(20) null, "status" varchar(10) null, "division" varchar(50) null, "left_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "students_organization_id_division_index" on "students" ("organization_id", "division");`);
    this.addSql(`alter table "students" add constraint "students_organization_id_national_id_unique" unique ("organization_id", "national_id");`);

    this.addSql(`create table "memberships" ("id" serial primary key, "user_id" int not null, "organization_id" int not null, "role" "membership_role" not null default 'MEMBER', "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_organization_id_unique" unique ("user_id", "organization_id");`);

    this.addSql(`create table "knowledge_elements" ("id" bigserial primary key, "user_id" int not null, "skill_id" varchar(64) not null, "competence_code" varchar(8) not null, "status" varchar(16) not null, "source" varchar(16) not null, "earned_pix" double precision not null, "answer_id" bigint null, "assessment_id" bigint null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "knowledge_elements_user_id_skill_id_created_at_index" on "knowledge_elements" ("user_id", "skill_id", "created_at");`);

    this.addSql(`create table "certification_center_memberships" ("id" serial primary key, "user_id" int not null, "certification_center_id" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "certification_center_memberships" add constraint "certification_center_memberships_user_id_certific_be790_unique" unique ("user_id", "certification_center_id");`);

    this.addSql(`create table "certificates" ("id" serial primary key, "user_id" int not null, "verification_code" varchar(10) not null, "pix_score" int not null, "competences" jsonb not null, "certification_center_name" varchar(255) not null, "delivered_at" timestamptz not null, "is_published" boolean not null default true);`);
    this.addSql(`alter table "certificates" add constraint "certificates_verification_code_unique" unique ("verification_code");`);
    this.addSql(`create index "certificates_user_id_index" on "certificates" ("user_id");`);

    this.addSql(`create table "campaigns" ("id" serial primary key, "organization_id" int not null, "code" varchar(9) not null, "name" varchar(255) not null, "type" "campaign_type" not null, "target_profile_id" varchar(64) null, "multiple_sendings" boolean not null default false, "creator_id" int null, "created_at" timestamptz not null default now(), "archived_at" timestamptz null);`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_code_unique" unique ("code");`);

    this.addSql(`create table "campaign_participations" ("id" serial primary key, "campaign_id" int not null, "user_id" int not null, "student_id" int null, "status" "participation_status" not null default 'STARTED', "shared_at" timestamptz null, "mastery_percentage" int null, "total_pix" int null, "is_certifiable" boolean null, "certifiable_competences_count" int null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "campaign_participations_campaign_id_status_index" on "campaign_participations" ("campaign_id", "status");`);
    this.addSql(`create index "campaign_participations_user_id_index" on "campaign_participations" ("user_id");`);

    this.addSql(`alter table "certification_centers" add constraint "certification_centers_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "students" add constraint "students_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "students" add constraint "students_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "knowledge_elements" add constraint "knowledge_elements_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "certification_center_memberships" add constraint "certification_center_memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certification_center_memberships" add constraint "certification_center_memberships_certification_c_92ebe_foreign" foreign key ("certification_center_id") references "certification_centers" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "certificates" add constraint "certificates_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "campaigns" add constraint "campaigns_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_creator_id_foreign" foreign key ("creator_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_student_id_foreign" foreign key ("student_id") references "students" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "certification_centers" drop constraint "certification_centers_organization_id_foreign";`);

    this.addSql(`alter table "students" drop constraint "students_organization_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_organization_id_foreign";`);

    this.addSql(`alter table "campaigns" drop constraint "campaigns_organization_id_foreign";`);

    this.addSql(`alter table "certification_center_memberships" drop constraint "certification_center_memberships_certification_c_92ebe_foreign";`);

    this.addSql(`alter table "students" drop constraint "students_user_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_user_id_foreign";`);

    this.addSql(`alter table "knowledge_elements" drop constraint "knowledge_elements_user_id_foreign";`);

    this.addSql(`alter table "certification_center_memberships" drop constraint "certification_center_memberships_user_id_foreign";`);

    this.addSql(`alter table "certificates" drop constraint "certificates_user_id_foreign";`);

    this.addSql(`alter table "campaigns" drop constraint "campaigns_creator_id_foreign";`);

    this.addSql(`alter table "campaign_participations" drop constraint "campaign_participations_user_id_foreign";`);

    this.addSql(`alter table "campaign_participations" drop constraint "campaign_participations_student_id_foreign";`);

    this.addSql(`alter table "campaign_participations" drop constraint "campaign_participations_campaign_id_foreign";`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "certification_centers" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "students" cascade;`);

    this.addSql(`drop table if exists "memberships" cascade;`);

    this.addSql(`drop table if exists "knowledge_elements" cascade;`);

    this.addSql(`drop table if exists "certification_center_memberships" cascade;`);

    this.addSql(`drop table if exists "certificates" cascade;`);

    this.addSql(`drop table if exists "campaigns" cascade;`);

    this.addSql(`drop table if exists "campaign_participations" cascade;`);

    this.addSql(`drop type "organization_type";`);
    this.addSql(`drop type "membership_role";`);
    this.addSql(`drop type "campaign_type";`);
    this.addSql(`drop type "participation_status";`);
  }

}
