-- Unsafe on a busy table: every statement here is flagged by `sa01-migrate lint`, once each.
-- The tables are taken to exist already (this file does not create them).

alter table prompts add column token uuid default gen_random_uuid();
alter table prompts add column locale text not null;
create index prompts_version_idx on prompts (version);
drop index prompts_old_idx;
alter table prompts alter column name type varchar(50);
alter table prompts alter column created_at set not null;
alter table prompts alter column content drop not null;
alter table prompts add constraint prompts_owner_fk foreign key (owner_id) references owners (id);
alter table prompts add constraint prompts_version_check check (version > 0);
alter table prompts add constraint prompts_name_key unique (name);
alter table prompts rename column content to body;
alter table prompts rename to prompt_templates;
alter table sessions drop column legacy_flag;
drop table audit_trail;
drop type cost_tier;
alter type job_status rename value 'done' to 'finished';
alter domain amount add constraint amount_positive check (value > 0);
truncate table jobs cascade;
update jobs set priority = 0;
cluster jobs using jobs_pkey;
