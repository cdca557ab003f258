-- Seeds a large deployment history quickly with generate_series.
-- Variables: products, envs, versions_per_product, deploys_per_version.
insert into product (id, name)
select gen_random_uuid(), 'hist-p' || lpad(g::text, 5, '0') from generate_series(1, :products) g;

insert into environment (id, name, type)
select gen_random_uuid(), 'hist-env-' || lpad(g::text, 3, '0'), (array['dev', 'test', 'staging', 'production', 'other'])[1 + g % 5]
from generate_series(1, :envs) g;

insert into version (id, product_id, version, scm_sha, created_at)
select gen_random_uuid(), p.id, '1.0.' || g, md5(p.name || g), now() - interval '730 days' + g * interval '7 hours'
from product p, generate_series(1, :versions_per_product) g
where p.name like 'hist-p%';

with e as (select array_agg(id order by name) ids, count(*)::int n from environment where name like 'hist-env-%')
insert into deployment (id, product_id, version_id, environment_id, status, created_at, updated_at, last_event_at, deployed_at,
                        deployed_by, source_system)
select gen_random_uuid(), v.product_id, v.id, e.ids[1 + floor(random() * e.n)::int],
       s.status, s.at, s.at, s.at, case when s.status = 'completed' then s.at end, 'seed', 'bench'
from version v
cross join e
cross join generate_series(1, :deploys_per_version) g
cross join lateral (select v.created_at + g * interval '13 minutes' + random() * interval '1 minute' as at,
                           case when random() < 0.9 then 'completed' when random() < 0.5 then 'failed' else 'aborted' end as status) s
where v.product_id in (select id from product where name like 'hist-p%');

vacuum analyze;

-- what ingestion keeps current, recomputed for the seeded history
insert into current_deployment (product_id, environment_id, deployment_id, version_id, product_name, environment_name,
                                version, deployed_at, created_at)
select distinct on (d.product_id, d.environment_id) d.product_id, d.environment_id, d.id, d.version_id, p.name, e.name,
       v.version, d.deployed_at, d.created_at
from deployment d
join product p on p.id = d.product_id
join environment e on e.id = d.environment_id
join version v on v.id = d.version_id
where d.status = 'completed'
order by d.product_id, d.environment_id, d.created_at desc, d.id desc
on conflict (product_id, environment_id) do update set deployment_id = excluded.deployment_id,
    version_id = excluded.version_id, version = excluded.version, deployed_at = excluded.deployed_at,
    created_at = excluded.created_at;
analyze current_deployment;
