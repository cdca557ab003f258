-- What runs where, kept current by ingestion: per product x environment, the newest completed deployment.
-- Reading /environment-state/ then costs one scan of this small table instead of one index probe per
-- product x environment pair over the whole deployment history (900 ms for 1,000 x 50 over 2M deployments).
create table current_deployment (
    product_id     uuid        not null references product (id) on delete cascade,
    environment_id uuid        not null references environment (id),
    deployment_id  uuid        not null references deployment (id) on delete cascade,
    version_id     uuid        not null references version (id) on delete cascade,
    deployed_at    timestamptz,
    created_at     timestamptz not null,
    primary key (product_id, environment_id)
);
create index current_deployment_version on current_deployment (version_id);

insert into current_deployment (product_id, environment_id, deployment_id, version_id, deployed_at, created_at)
select distinct on (product_id, environment_id) product_id, environment_id, id, version_id, deployed_at, created_at
from deployment
where status = 'completed'
order by product_id, environment_id, created_at desc, id desc;
