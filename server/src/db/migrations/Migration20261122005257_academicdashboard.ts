import { Migration } from '@mikro-orm/migrations';

export class Migration20261122005257_academicdashboard extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "academies" ("code" varchar(8) not null, "name" varchar(255) not null, constraint "academies_pkey" primary key ("code"));`);

    this.addSql(`create table "academy_schools" ("uai" varchar(8) not null, "academy_code" varchar(8) not null, constraint "academy_schools_pkey" primary key ("uai"));`);
    this.addSql(`create index "academy_schools_academy_code_index" on "academy_schools" ("academy_code");`);

    this.addSql(`create table "academic_viewers" ("id" serial primary key, "academy_code" varchar(8) not null, "user_id" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "academic_viewers_user_id_index" on "academic_viewers" ("user_id");`);
    this.addSql(`alter table "academic_viewers" add constraint "academic_viewers_academy_code_user_id_unique" unique ("academy_code", "user_id");`);

    this.addSql(`alter table "academy_schools" add constraint "academy_schools_academy_code_foreign" foreign key ("academy_code") references "academies" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "academic_viewers" add constraint "academic_viewers_academy_code_foreign" foreign key ("academy_code") references "academies" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "academic_viewers" add constraint "academic_viewers_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    // Written by hand: the statistics' materialized views (MikroORM does not diff views). See plugins/academic-dashboard/README.md.
    // Class level from the class name ("3e2", "3EME B", "T1", "2nde3", "1CAP") — upper-cased, first characters.
    this.addSql(`create function academic_class_level(division text) returns text language sql immutable parallel safe as $$
      select case
        when d ~ '(^|[^A-Z])CAP' then 'CAP'
        when d ~ '^(6|SIX)' then '6e'
        when d ~ '^(5|CINQ)' then '5e'
        when d ~ '^(4|QUAT)' then '4e'
        when d ~ '^(3|TROIS)' then '3e'
        when d ~ '^(2|SEC)' then '2nde'
        when d ~ '^(1|PREM)' then '1re'
        when d ~ '^T' then 'Terminale'
        else 'autre' end
      from (select upper(btrim(coalesce(division, ''))) as d) as x
    $$;`);
    // The scope of every figure: students currently enrolled (left_at is null) in a school listed by an academy.
    this.addSql(`create view academic_current_students as
      select st.id as student_id, st.organization_id, st.user_id, academic_class_level(st.division) as class_level
        from students st
        join organizations o on o.id = st.organization_id
        join academy_schools a on a.uai = o.uai
       where st.left_at is null;`);
    // Per user and competence, the level when ≥ 1 (profile-rules.ts: latest element per skill, floor of the validated
    // pix, 8 pix a level). Kept up to the model's level 8: the configured maximum is applied when reading.
    this.addSql(`create materialized view academic_user_levels as
      select ke.user_id, ke.competence_code, least(floor((sum(ke.earned_pix) + 1e-9) / 8), 8)::smallint as level
        from (
          select distinct on (k.user_id, k.skill_id) k.user_id, k.competence_code, k.status, k.earned_pix
            from knowledge_elements k
           where k.user_id in (select user_id from academic_current_students)
           order by k.user_id, k.skill_id, k.created_at desc, k.id desc
        ) as ke
       where ke.status = 'VALIDATED'
       group by ke.user_id, ke.competence_code
      having floor((sum(ke.earned_pix) + 1e-9) / 8) >= 1;`);
    this.addSql(`create unique index academic_user_levels_key on academic_user_levels (user_id, competence_code);`);
    // Per school and class level: students, and certifiable ones (level ≥ 1 in at least 5 competences).
    this.addSql(`create materialized view academic_school_profiles as
      select s.organization_id, s.class_level, count(*)::int as students,
             count(*) filter (where coalesce(u.competences, 0) >= 5)::int as certifiable
        from academic_current_students s
        left join (select user_id, count(*) as competences from academic_user_levels group by user_id) as u on u.user_id = s.user_id
       group by s.organization_id, s.class_level;`);
    this.addSql(`create unique index academic_school_profiles_key on academic_school_profiles (organization_id, class_level);`);
    // Per school, competence and level ≥ 1: how many students (level 0 is the rest of the school).
    this.addSql(`create materialized view academic_school_levels as
      select s.organization_id, l.competence_code, l.level, count(*)::int as students
        from academic_current_students s
        join academic_user_levels l on l.user_id = s.user_id
       group by s.organization_id, l.competence_code, l.level;`);
    this.addSql(`create unique index academic_school_levels_key on academic_school_levels (organization_id, competence_code, level);`);
    // Per school, class level and school year (Sept 1 → Aug 31, Paris time): students certified (a published
    // certificate delivered that year; the latest one gives the score) and students who took part in a campaign
    // of their school (started that year), of whom those who shared their results.
    this.addSql(`create materialized view academic_school_years as
      with certified as (
        select distinct on (c.user_id, y.school_year) c.user_id, y.school_year, c.pix_score
          from certificates c
          cross join lateral (select extract(year from (c.delivered_at at time zone 'Europe/Paris') - interval '8 months')::int as school_year) as y
         where c.is_published and c.user_id in (select user_id from academic_current_students)
         order by c.user_id, y.school_year, c.delivered_at desc, c.id desc
      ), participated as (
        select s.student_id, extract(year from (p.created_at at time zone 'Europe/Paris') - interval '8 months')::int as school_year,
               bool_or(p.status = 'SHARED') as shared
          from academic_current_students s
          join campaigns ca on ca.organization_id = s.organization_id
          join campaign_participations p on p.campaign_id = ca.id and p.user_id = s.user_id
         group by 1, 2
      ), facts as (
        select s.organization_id, s.class_level, c.school_year, 1 as certified, c.pix_score, 0 as participant, 0 as shared
          from academic_current_students s join certified c on c.user_id = s.user_id
        union all
        select s.organization_id, s.class_level, p.school_year, 0, null, 1, case when p.shared then 1 else 0 end
          from academic_current_students s join participated p on p.student_id = s.student_id
      )
      select organization_id, class_level, school_year, sum(certified)::int as certified, coalesce(sum(pix_score), 0)::bigint as certified_pix,
             sum(participant)::int as participants, sum(shared)::int as shared
        from facts
       group by organization_id, class_level, school_year;`);
    this.addSql(`create unique index academic_school_years_key on academic_school_years (organization_id, class_level, school_year);`);
    // Per school and ISO week (Monday, Paris time): published certificates delivered, and their pix total.
    this.addSql(`create materialized view academic_school_weeks as
      select s.organization_id, w.school_year, w.week_start, count(*)::int as certifications, sum(c.pix_score)::bigint as pix_sum
        from academic_current_students s
        join certificates c on c.user_id = s.user_id and c.is_published
        cross join lateral (
          select extract(year from (c.delivered_at at time zone 'Europe/Paris') - interval '8 months')::int as school_year,
                 date_trunc('week', c.delivered_at at time zone 'Europe/Paris')::date as week_start
        ) as w
       group by s.organization_id, w.school_year, w.week_start;`);
    this.addSql(`create unique index academic_school_weeks_key on academic_school_weeks (organization_id, school_year, week_start);`);
    // Refreshed last, in the same transaction: when the figures above were computed.
    this.addSql(`create materialized view academic_statistics_refresh as select 1 as id, now() as refreshed_at;`);
    this.addSql(`create unique index academic_statistics_refresh_key on academic_statistics_refresh (id);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop materialized view if exists academic_statistics_refresh, academic_school_weeks, academic_school_years, academic_school_levels, academic_school_profiles, academic_user_levels;`);
    this.addSql(`drop view if exists academic_current_students;`);
    this.addSql(`drop function if exists academic_class_level(text);`);
    this.addSql(`alter table "academy_schools" drop constraint "academy_schools_academy_code_foreign";`);

    this.addSql(`alter table "academic_viewers" drop constraint "academic_viewers_academy_code_foreign";`);

    this.addSql(`drop table if exists "academies" cascade;`);

    this.addSql(`drop table if exists "academy_schools" cascade;`);

    this.addSql(`drop table if exists "academic_viewers" cascade;`);
  }

}
