-- The safe equivalents of unsafe.sql: `sa01-migrate lint` finds nothing here. Statements with
-- CONCURRENTLY run outside a transaction (psql runs a file statement by statement).

alter table prompts add column token uuid;
alter table prompts add column locale text not null default 'en';
create index concurrently if not exists prompts_version_idx on prompts (version);
drop index concurrently if exists prompts_old_idx;
alter table prompts add constraint prompts_created_at_not_null check (created_at is not null) not valid;
alter table prompts validate constraint prompts_created_at_not_null;
alter table prompts alter column created_at set not null;
alter table prompts drop constraint prompts_created_at_not_null;
alter table prompts add constraint prompts_owner_fk foreign key (owner_id) references owners (id) not valid;
alter table prompts validate constraint prompts_owner_fk;
alter table prompts add constraint prompts_version_check check (version > 0) not valid;
alter table prompts validate constraint prompts_version_check;
create unique index concurrently prompts_name_key on prompts (name);
alter table prompts add constraint prompts_name_key unique using index prompts_name_key;
alter table prompts add column body text;
update jobs set priority = 0 where id in (select id from jobs where priority is null limit 1000);
create table notes (id bigint primary key, body text);
create index notes_body_idx on notes (body);
alter table notes alter column body set not null;
