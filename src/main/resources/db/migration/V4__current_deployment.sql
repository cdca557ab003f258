-- What runs where, kept current by ingestion: per product x environment, the newest completed deployment.
-- Reading /environment-state/ then costs one scan of this small table instead of one index probe per
-- product x environment pair over the whole deployment history (900 ms for 1,000 x 50 over 2M deployments).
-- Product, environment and version names never change, so they are copied here: the read needs no join.
create table current_deployment (
    product_id       uuid        not null references product (id) on delete cascade,
    environment_id   uuid        not null references environment (id),
    deployment_id    uuid        not null references deployment (id) on delete cascade,
    version_id       uuid        not null references version (id) on delete cascade,
    product_name     text        not null,
    environment_name text        not null,
    version          text        not null,
    deployed_at      timestamptz,
    created_at       timestamptz not null,
    primary key (product_id, environment_id)
);
create index current_deployment_version on current_deployment (version_id);
create index current_deployment_by_name on current_deployment (product_name, product_id);

insert into current_deployment (product_id, environment_id, deployment_id, version_id, product_name, environment_name,
                                version, deployed_at, created_at)
select distinct on (d.product_id, d.environment_id) d.product_id, d.environment_id, d.id, d.version_id, p.name, e.name,
       v.version, d.deployed_at, d.created_at
from deployment d
join product p on p.id = d.product_id
join environment e on e.id = d.environment_id
join version v on v.id = d.version_id
where d.status = 'completed'
order by d.product_id, d.environment_id, d.created_at desc, d.id desc;
